import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { AgreementsTable, loadAgreementsTable } from "@/components/agreements/agreements-table";
import { columnPreferences } from "@/lib/agreements/column-preferences";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { getAgreementTableData } from "@/lib/agreements/table-queries";
import { getAppLocale } from "@/lib/i18n/server";
import { requireReader } from "@/lib/auth/session";
import { hasRole, Role } from "@/lib/auth/roles";
import { EditorLinks } from "@/components/agreements/editor-links";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("title") };
}

export default async function AgreementsPage({ searchParams }: PageProps<"/agreements">) {
  const user = await requireReader();
  const search = parseAgreementSearch(await searchParams);
  const [locale, cookieStore, t] = await Promise.all([getAppLocale(), cookies(), getTranslations("agreements")]);
  const hiddenColumns = columnPreferences.parse(cookieStore.get(columnPreferences.cookie)?.value);
  const table = await loadAgreementsTable(await getAgreementTableData(search, locale), hiddenColumns);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {hasRole(user, Role.EDITOR) && <EditorLinks />}
      </div>
      <AgreementsTable {...table} />
    </div>
  );
}
