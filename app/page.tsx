import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AgreementList } from "@/components/agreements/agreement-list";
import { Card, CardTitle } from "@/components/ui/card";
import { VisitList } from "@/components/visits/visit-list";
import { getAgreementCount, getAgreementSummaries } from "@/lib/agreements/queries";
import { getCoveredCountryCount } from "@/lib/countries/queries";
import { getVisitCount, getVisitSummaries } from "@/lib/visits/queries";
import { requireReader } from "@/lib/auth/session";
import { hasAnyUser } from "@/lib/users/queries";
import { redirect } from "next/navigation";

export default async function HomePage() {
  // A new installation first asks its first visitor to make the administrator account.
  if (!(await hasAnyUser())) redirect("/setup");
  await requireReader();
  const t = await getTranslations();
  const [agreementCount, visitCount, countryCount, agreements, visits] = await Promise.all([
    getAgreementCount(),
    getVisitCount(),
    getCoveredCountryCount(),
    getAgreementSummaries({ take: 5 }),
    getVisitSummaries({ take: 5 }),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("home.title")}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("site.tagline")}</p>
      </div>
      <section aria-labelledby="figures">
        <h2 id="figures" className="sr-only">{t("home.stats")}</h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {[
            t("home.agreementCount", { count: agreementCount }),
            t("home.visitCount", { count: visitCount }),
            t("home.countryCount", { count: countryCount }),
          ].map((figure) => (
            <li key={figure} className="rounded-md border p-4 text-lg font-semibold">{figure}</li>
          ))}
        </ul>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="latest-agreements">
          <CardTitle id="latest-agreements">{t("home.latestAgreements")}</CardTitle>
          <AgreementList agreements={agreements} />
          <Link href="/agreements" className="mt-3 inline-block text-sm text-primary hover:underline">{t("home.allAgreements")}</Link>
        </Card>
        <Card aria-labelledby="latest-visits">
          <CardTitle id="latest-visits">{t("home.latestVisits")}</CardTitle>
          <VisitList visits={visits} />
          <Link href="/visits" className="mt-3 inline-block text-sm text-primary hover:underline">{t("home.allVisits")}</Link>
        </Card>
      </div>
    </div>
  );
}
