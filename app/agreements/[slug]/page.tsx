import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementAtAGlance } from "@/components/agreements/agreement-at-a-glance";
import { AgreementDomains } from "@/components/agreements/agreement-domains";
import { AgreementLinks } from "@/components/agreements/agreement-links";
import { AgreementOverview } from "@/components/agreements/agreement-overview";
import { AgreementParties } from "@/components/agreements/agreement-parties";
import { SourceList } from "@/components/sources/source-list";
import { Card, CardTitle } from "@/components/ui/card";
import { VisitHeading } from "@/components/visits/visit-heading";
import { getAgreement } from "@/lib/agreements/queries";
import { statusWarning } from "@/lib/agreements/status-check";
import { agreementTitle } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { requireReader } from "@/lib/auth/session";
import { hasRole, Role } from "@/lib/auth/roles";
import { getRevisions } from "@/lib/revisions/queries";
import { toSearchParams } from "@/lib/search/url-params";
import { SavedNotice, savedFlags } from "@/components/records/saved-notice";
import { HistoryList } from "@/components/revisions/history-list";
import { RecordEditorTools } from "@/components/records/record-editor-tools";
import { LanguageTag } from "@/components/i18n/foreign-text";

export async function generateMetadata({ params }: PageProps<"/agreements/[slug]">): Promise<Metadata> {
  await requireReader();
  const [agreement, locale] = await Promise.all([getAgreement((await params).slug), getAppLocale()]);
  return agreement ? { title: agreementTitle(locale, agreement).text } : {};
}

export default async function AgreementPage({ params, searchParams }: PageProps<"/agreements/[slug]">) {
  const user = await requireReader();
  const agreement = await getAgreement((await params).slug);
  if (!agreement) notFound();
  const query = toSearchParams(await searchParams);
  const flag = savedFlags.find((candidate) => query.has(candidate));
  const canEdit = hasRole(user, Role.EDITOR);
  const [t, history, revisions, locale] = await Promise.all([
    getTranslations("agreement"),
    getTranslations("history"),
    getRevisions("AGREEMENT", agreement.id),
    getAppLocale(),
  ]);
  const title = agreementTitle(locale, agreement);
  const warning = canEdit ? statusWarning(agreement.status, agreement.entryIntoForceOn, agreement.endedOn) : null;
  const statuses = await getTranslations("status");
  return (
    <article className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">
        <span lang={title.lang}>{title.text}</span>
        <LanguageTag lang={title.lang} locale={locale} />
      </h1>
      {flag && canEdit && <SavedNotice kind="agreement" flag={flag} slug={agreement.slug} version={query.get("reverted") ?? ""} />}
      {agreement.archived && <p className="rounded-md bg-muted p-3">{t("archived")}</p>}
      {canEdit && <RecordEditorTools kind="agreement" slug={agreement.slug} archived={agreement.archived} />}
      {warning && (
        <p className="rounded-md border border-amber-500 bg-amber-50 p-3 text-sm">
          {t(`statusWarning.${warning}`, { status: statuses(agreement.status) })}
        </p>
      )}
      <AgreementAtAGlance agreement={agreement} locale={locale} />
      <Card aria-labelledby="overview">
        <CardTitle id="overview">{t("overview")}</CardTitle>
        <AgreementOverview agreement={agreement} />
      </Card>
      <Card aria-labelledby="parties">
        <CardTitle id="parties">{t("partiesAndSignatories")}</CardTitle>
        <AgreementParties agreement={agreement} />
      </Card>
      <Card aria-labelledby="domains">
        <CardTitle id="domains">{t("domains")}</CardTitle>
        <AgreementDomains domains={agreement.domains} />
      </Card>
      <Card aria-labelledby="visit">
        <CardTitle id="visit">{t("visit")}</CardTitle>
        {agreement.signedDuringVisit ? (
          <VisitHeading visit={agreement.signedDuringVisit} />
        ) : (
          <p className="text-sm text-muted-foreground">{t("noVisit")}</p>
        )}
      </Card>
      <Card aria-labelledby="links">
        <CardTitle id="links">{t("links")}</CardTitle>
        <AgreementLinks agreement={agreement} />
      </Card>
      <Card aria-labelledby="sources">
        <CardTitle id="sources">{t("sources")}</CardTitle>
        <SourceList sources={agreement.sources.map(({ source }) => source)} emptyLabel={t("noSources")} />
      </Card>
      <Card aria-labelledby="history">
        <CardTitle id="history">{history("title")}</CardTitle>
        <HistoryList
          revisions={
            user ? revisions : revisions.map((revision) => ({ ...revision, user: revision.user && { name: history("anEditor") } }))
          }
          currentVersion={agreement.version}
          revert={canEdit ? { slug: agreement.slug, action: "agreement" } : undefined}
        />
      </Card>
    </article>
  );
}
