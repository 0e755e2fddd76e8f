// The body of a state's page: its latest agreements, the visits it gave and received, its partners and its
// domains, each with a link to the full table filtered to that state.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AgreementList } from "@/components/agreements/agreement-list";
import { Card, CardTitle } from "@/components/ui/card";
import { agreementsHref } from "@/lib/agreements/search-href";
import type { CountryOverview } from "@/lib/countries/queries";
import { localName } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { CountryPartners } from "./country-partners";
import { DomainShares } from "./domain-shares";
import { VisitList } from "@/components/visits/visit-list";

export interface CountrySectionsProps {
  country: { code: string; nameEn: string; nameFr: string; nameAr: string | null };
  overview: CountryOverview;
}

const linkClass = "text-primary hover:underline";

export async function CountrySections({ country, overview }: CountrySectionsProps) {
  const [t, locale] = await Promise.all([getTranslations("country"), getAppLocale()]);
  const name = localName(locale, country);
  const code = country.code.toLowerCase();
  return (
    <>
      <Card aria-labelledby="agreements">
        <CardTitle id="agreements">{t("agreements")}</CardTitle>
        {overview.agreements.length > 0 && (
          <p className="mb-3 text-sm text-muted-foreground">{t("latestAgreements", { count: overview.agreements.length })}</p>
        )}
        <AgreementList agreements={overview.agreements} />
        <p className="mt-3">
          <Link href={agreementsHref({ party: [country.code] })} className={linkClass}>
            {t("allAgreements", { count: overview.agreementCount })}
          </Link>
        </p>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="visits-given">
          <CardTitle id="visits-given">
            {t("visitsGiven")} ({overview.visitsGivenCount})
          </CardTitle>
          <VisitList visits={overview.visitsGiven} emptyLabel={t("noVisitsGiven")} />
          <p className="mt-3">
            <Link href={`/visits?visitor=${code}`} className={linkClass}>
              {t("allVisitsGiven", { country: name })}
            </Link>
          </p>
        </Card>
        <Card aria-labelledby="visits-received">
          <CardTitle id="visits-received">
            {t("visitsReceived")} ({overview.visitsReceivedCount})
          </CardTitle>
          <VisitList visits={overview.visitsReceived} emptyLabel={t("noVisitsReceived")} />
          <p className="mt-3">
            <Link href={`/visits?host=${code}`} className={linkClass}>
              {t("allVisitsReceived", { country: name })}
            </Link>
          </p>
        </Card>
      </div>
      <Card aria-labelledby="partners">
        <CardTitle id="partners">{t("partners")}</CardTitle>
        <p className="mb-3 text-sm text-muted-foreground">{t("partnersIntro", { country: name })}</p>
        <CountryPartners code={country.code} partners={overview.partners} />
      </Card>
      <Card aria-labelledby="domains">
        <CardTitle id="domains">{t("domains")}</CardTitle>
        <DomainShares domains={overview.domains} parties={[country.code]} emptyLabel={t("noDomains")} />
      </Card>
    </>
  );
}
