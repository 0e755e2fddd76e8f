import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { VisitEditorLinks } from "@/components/visits/visit-editor-links";
import { loadVisitsTable, VisitsTable } from "@/components/visits/visits-table";
import { hasRole, Role } from "@/lib/auth/roles";
import { requireReader } from "@/lib/auth/session";
import { getAppLocale } from "@/lib/i18n/server";
import { columnPreferences } from "@/lib/visits/column-preferences";
import { parseVisitSearch } from "@/lib/visits/search-parser";
import { getVisitTableData } from "@/lib/visits/table-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("visits"))("title") };
}

export default async function VisitsPage({ searchParams }: PageProps<"/visits">) {
  const user = await requireReader();
  const search = parseVisitSearch(await searchParams);
  const [locale, cookieStore, t] = await Promise.all([getAppLocale(), cookies(), getTranslations("visits")]);
  const hiddenColumns = columnPreferences.parse(cookieStore.get(columnPreferences.cookie)?.value);
  const table = await loadVisitsTable(await getVisitTableData(search, locale), hiddenColumns);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {hasRole(user, Role.EDITOR) && <VisitEditorLinks />}
      </div>
      <VisitsTable {...table} />
    </div>
  );
}
