import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RestoreForm } from "@/components/records/editor-tools";
import { Role } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { visitFormNamespaces } from "@/lib/i18n/client-namespaces";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { localName } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { getArchivedVisits } from "@/lib/visits/queries";

export async function generateMetadata(): Promise<Metadata> {
  await requireRole(Role.EDITOR);
  return { title: (await getTranslations("visitTools"))("archivedList") };
}

export default async function ArchivedVisitsPage() {
  await requireRole(Role.EDITOR);
  const [t, locale, visits] = await Promise.all([getTranslations("visitTools"), getAppLocale(), getArchivedVisits()]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("archivedList")}</h1>
      <p className="text-muted-foreground">{t("archivedIntro", { count: visits.length })}</p>
      <ClientMessages namespaces={visitFormNamespaces}>
        <ul className="flex flex-col gap-3">
          {visits.map((visit) => {
            const dates = formatPartialDateRange(visit.startOn, visit.endOn, locale);
            const name = `${visit.visitor.name} — ${localName(locale, visit.hostCountry)}${dates ? `, ${dates}` : ""}`;
            return (
              <li key={visit.slug} className="flex flex-wrap items-center justify-between gap-3 rounded-md border p-3">
                <Link href={`/visits/${visit.slug}`} className="font-medium text-primary hover:underline">
                  {name}
                </Link>
                <RestoreForm kind="visit" slug={visit.slug} label={t("restoreNamed", { name })} />
              </li>
            );
          })}
        </ul>
      </ClientMessages>
    </div>
  );
}
