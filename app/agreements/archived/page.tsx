import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RestoreForm } from "@/components/records/editor-tools";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getArchivedAgreements } from "@/lib/agreements/queries";
import { Role } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { agreementFormNamespaces } from "@/lib/i18n/client-namespaces";
import { agreementTitle } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  await requireRole(Role.EDITOR);
  return { title: (await getTranslations("agreementTools"))("archivedList") };
}

export default async function ArchivedAgreementsPage() {
  await requireRole(Role.EDITOR);
  const [t, format, locale, agreements] = await Promise.all([
    getTranslations("agreementTools"),
    getFormatter(),
    getAppLocale(),
    getArchivedAgreements(),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("archivedList")}</h1>
      <p className="text-muted-foreground">{t("archivedIntro", { count: agreements.length })}</p>
      <ClientMessages namespaces={agreementFormNamespaces}>
        <ul className="flex flex-col gap-3">
          {agreements.map((agreement) => {
            const title = agreementTitle(locale, agreement).text;
            return (
              <li key={agreement.slug} className="flex flex-wrap items-center justify-between gap-3 rounded-md border p-3">
                <div>
                  <Link href={`/agreements/${agreement.slug}`} className="font-medium text-primary hover:underline">
                    {title}
                  </Link>
                  {agreement.archiving && (
                    <p className="text-sm text-muted-foreground">
                      {t("archivedBy", {
                        who: agreement.archiving.user?.name ?? "—",
                        date: format.dateTime(agreement.archiving.createdAt, { dateStyle: "medium" }),
                      })}
                    </p>
                  )}
                </div>
                <RestoreForm kind="agreement" slug={agreement.slug} label={t("restoreNamed", { title })} />
              </li>
            );
          })}
        </ul>
      </ClientMessages>
    </div>
  );
}
