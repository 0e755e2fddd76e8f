// The body of a pair's page: the timeline, the pair's agreements with a link to the filtered table, the domains
// of cooperation between them, and the visits in either direction.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AgreementSummaryTable } from "@/components/agreements/agreement-summary-table";
import { DomainShares } from "@/components/countries/domain-shares";
import { VisitList } from "@/components/visits/visit-list";
import { Card, CardTitle } from "@/components/ui/card";
import { agreementsHref } from "@/lib/agreements/search-href";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/localize";
import { countryPath } from "@/lib/pairs/pair-address";
import type { PairOverview } from "@/lib/pairs/queries";
import { RelationshipTimeline } from "./relationship-timeline";

export interface PairSectionsProps {
  countries: readonly { code: string; nameEn: string; nameFr: string; nameAr: string | null }[];
  overview: PairOverview;
  locale: Locale;
}

const linkClass = "text-primary hover:underline";

export async function PairSections({ countries, overview, locale }: PairSectionsProps) {
  const t = await getTranslations("pair");
  const codes = countries.map((country) => country.code);
  const named = countries.map((country) => [country.code, localName(locale, country)] as [string, string]);
  return (
    <>
      <nav aria-label={t("countryLinks")}>
        <ul className="flex gap-4">
          {named.map(([code, name]) => (
            <li key={code}>
              <Link href={countryPath(code)} className={linkClass}>
                {name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Card aria-labelledby="timeline">
        <CardTitle id="timeline">{t("timeline")}</CardTitle>
        <RelationshipTimeline
          entries={overview.timeline}
          undated={overview.undated}
          undatedCount={overview.undatedCount}
          countries={named}
          locale={locale}
        />
      </Card>
      <Card aria-labelledby="agreements">
        <CardTitle id="agreements">{t("agreements")}</CardTitle>
        {overview.agreements.length > 0 && (
          <p className="mb-3 text-sm text-muted-foreground">{t("listIntro", { count: overview.agreements.length })}</p>
        )}
        <AgreementSummaryTable
          agreements={overview.agreements}
          caption={t("tableCaption", { a: named[0]![1], b: named[1]![1] })}
          locale={locale}
        />
        <p className="mt-3">
          <Link href={agreementsHref({ party: codes })} className={linkClass}>
            {t("allAgreements", { count: overview.agreementCount })}
          </Link>
        </p>
      </Card>
      <Card aria-labelledby="domains">
        <CardTitle id="domains">{t("domains")}</CardTitle>
        <DomainShares domains={overview.domains} parties={codes} emptyLabel={t("noDomains")} />
      </Card>
      <Card aria-labelledby="visits">
        <CardTitle id="visits">{t("visits")}</CardTitle>
        <VisitList visits={overview.visits} emptyLabel={t("noVisits")} />
      </Card>
    </>
  );
}
