import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementDomains } from "@/components/agreements/agreement-domains";
import { AgreementLinks } from "@/components/agreements/agreement-links";
import { AgreementOverview } from "@/components/agreements/agreement-overview";
import { AgreementParties } from "@/components/agreements/agreement-parties";
import { SourceList } from "@/components/sources/source-list";
import { Card, CardTitle } from "@/components/ui/card";
import { VisitHeading } from "@/components/visits/visit-heading";
import { getAgreement } from "@/lib/agreements/queries";
import { agreementTitle } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { requireReader } from "@/lib/auth/session";

export async function generateMetadata({ params }: PageProps<"/agreements/[slug]">): Promise<Metadata> {
  await requireReader();
  const agreement = await getAgreement((await params).slug);
  return agreement ? { title: agreementTitle(await getAppLocale(), agreement).text } : {};
}

export default async function AgreementPage({ params }: PageProps<"/agreements/[slug]">) {
  await requireReader();
  const agreement = await getAgreement((await params).slug);
  if (!agreement) notFound();
  const t = await getTranslations("agreement");
  const title = agreementTitle(await getAppLocale(), agreement);
  return (
    <article className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold" lang={title.lang}>{title.text}</h1>
      {agreement.archived && <p role="status" className="rounded-md bg-muted p-3">{t("archived")}</p>}
      <Card aria-labelledby="overview"><CardTitle id="overview">{t("overview")}</CardTitle><AgreementOverview agreement={agreement} /></Card>
      <Card aria-labelledby="parties"><CardTitle id="parties">{t("partiesAndSignatories")}</CardTitle><AgreementParties agreement={agreement} /></Card>
      <Card aria-labelledby="domains"><CardTitle id="domains">{t("domains")}</CardTitle><AgreementDomains domains={agreement.domains} /></Card>
      <Card aria-labelledby="visit">
        <CardTitle id="visit">{t("visit")}</CardTitle>
        {agreement.signedDuringVisit ? <VisitHeading visit={agreement.signedDuringVisit} /> : <p className="text-sm text-muted-foreground">{t("noVisit")}</p>}
      </Card>
      <Card aria-labelledby="links"><CardTitle id="links">{t("links")}</CardTitle><AgreementLinks agreement={agreement} /></Card>
      <Card aria-labelledby="sources">
        <CardTitle id="sources">{t("sources")}</CardTitle>
        <SourceList sources={agreement.sources.map(({ source }) => source)} emptyLabel={t("noSources")} />
      </Card>
    </article>
  );
}
