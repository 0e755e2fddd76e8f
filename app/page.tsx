import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementList } from "@/components/agreements/agreement-list";
import { BusiestPairs } from "@/components/dashboard/busiest-pairs";
import { DashboardCharts } from "@/components/dashboard/dashboard-charts";
import { Card, CardTitle } from "@/components/ui/card";
import { VisitList } from "@/components/visits/visit-list";
import { requireReader } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/queries";
import { getAppLocale } from "@/lib/i18n/server";
import { hasAnyUser } from "@/lib/users/queries";

export default async function HomePage() {
  // A new installation first asks its first visitor to make the administrator account.
  if (!(await hasAnyUser())) redirect("/setup");
  await requireReader();
  const [t, data] = await Promise.all([getTranslations(), getAppLocale().then(getDashboard)]);
  const figures = [
    t("home.agreementCount", { count: data.figures.agreements }),
    t("home.visitCount", { count: data.figures.visits }),
    t("home.countryCount", { count: data.figures.countries }),
  ];
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("home.title")}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("site.tagline")}</p>
      </div>
      <section aria-labelledby="figures">
        <h2 id="figures" className="sr-only">
          {t("home.stats")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {figures.map((figure) => (
            <li key={figure} className="rounded-md border p-4 text-lg font-semibold">
              {figure}
            </li>
          ))}
        </ul>
      </section>
      <DashboardCharts data={data} />
      <div className="grid gap-6 lg:grid-cols-3">
        <BusiestPairs pairs={data.pairs} />
        <Card aria-labelledby="latest-agreements">
          <CardTitle id="latest-agreements">{t("home.latestAgreements")}</CardTitle>
          <AgreementList agreements={data.latestAgreements} />
          <Link href="/agreements" className="mt-3 inline-block text-sm text-primary hover:underline">
            {t("home.allAgreements")}
          </Link>
        </Card>
        <Card aria-labelledby="latest-visits">
          <CardTitle id="latest-visits">{t("home.latestVisits")}</CardTitle>
          <VisitList visits={data.latestVisits} />
          <Link href="/visits" className="mt-3 inline-block text-sm text-primary hover:underline">
            {t("home.allVisits")}
          </Link>
        </Card>
      </div>
    </div>
  );
}
