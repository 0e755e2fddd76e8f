import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementList } from "@/components/agreements/agreement-list";
import { SourceList } from "@/components/sources/source-list";
import { Card, CardTitle } from "@/components/ui/card";
import { VisitMeetings } from "@/components/visits/visit-meetings";
import { VisitOverview } from "@/components/visits/visit-overview";
import { countryName } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { getVisit, type VisitDetail } from "@/lib/visits/queries";
import { requireReader } from "@/lib/auth/session";

async function visitTitle(visit: VisitDetail): Promise<string> {
  const t = await getTranslations("visits");
  return t("to", { visitor: visit.visitor.name, host: countryName(await getAppLocale(), visit.hostCountry) });
}

export async function generateMetadata({ params }: PageProps<"/visits/[slug]">): Promise<Metadata> {
  await requireReader();
  const visit = await getVisit((await params).slug);
  return visit ? { title: await visitTitle(visit) } : {};
}

export default async function VisitPage({ params }: PageProps<"/visits/[slug]">) {
  await requireReader();
  const visit = await getVisit((await params).slug);
  if (!visit) notFound();
  const t = await getTranslations("visit");
  return (
    <article className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{await visitTitle(visit)}</h1>
      <Card aria-labelledby="overview"><CardTitle id="overview">{t("overview")}</CardTitle><VisitOverview visit={visit} /></Card>
      <Card aria-labelledby="meetings"><CardTitle id="meetings">{t("meetings")}</CardTitle><VisitMeetings meetings={visit.meetings} /></Card>
      <Card aria-labelledby="signed">
        <CardTitle id="signed">{t("agreementsSigned")}</CardTitle>
        {visit.agreementsSigned.length > 0 ? <AgreementList agreements={visit.agreementsSigned} /> : <p className="text-sm text-muted-foreground">{t("noAgreements")}</p>}
      </Card>
      <Card aria-labelledby="sources">
        <CardTitle id="sources">{t("sources")}</CardTitle>
        <SourceList sources={visit.sources.map(({ source }) => source)} emptyLabel={t("noSources")} />
      </Card>
    </article>
  );
}
