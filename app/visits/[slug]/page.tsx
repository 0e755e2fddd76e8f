import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementList } from "@/components/agreements/agreement-list";
import { SourceList } from "@/components/sources/source-list";
import { Card, CardTitle } from "@/components/ui/card";
import { VisitMeetings } from "@/components/visits/visit-meetings";
import { VisitOverview } from "@/components/visits/visit-overview";
import { localName } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { getVisit, type VisitDetail } from "@/lib/visits/queries";
import { requireReader } from "@/lib/auth/session";
import { hasRole, Role } from "@/lib/auth/roles";
import { getRevisions } from "@/lib/revisions/queries";
import { toSearchParams } from "@/lib/search/url-params";
import { SavedNotice, savedFlags } from "@/components/records/saved-notice";
import { HistoryList } from "@/components/revisions/history-list";
import { RecordEditorTools } from "@/components/records/record-editor-tools";

async function visitTitle(visit: VisitDetail): Promise<string> {
  const [t, locale] = await Promise.all([getTranslations("visits"), getAppLocale()]);
  return t("to", { visitor: visit.visitor.name, host: localName(locale, visit.hostCountry) });
}

export async function generateMetadata({ params }: PageProps<"/visits/[slug]">): Promise<Metadata> {
  await requireReader();
  const visit = await getVisit((await params).slug);
  return visit ? { title: await visitTitle(visit) } : {};
}

export default async function VisitPage({ params, searchParams }: PageProps<"/visits/[slug]">) {
  const user = await requireReader();
  const visit = await getVisit((await params).slug);
  if (!visit) notFound();
  const query = toSearchParams(await searchParams);
  const flag = savedFlags.find((candidate) => query.has(candidate));
  const canEdit = hasRole(user, Role.EDITOR);
  const [t, history, revisions, title] = await Promise.all([
    getTranslations("visit"),
    getTranslations("history"),
    getRevisions("VISIT", visit.id),
    visitTitle(visit),
  ]);
  return (
    <article className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{title}</h1>
      {flag && canEdit && <SavedNotice kind="visit" flag={flag} slug={visit.slug} version={query.get("reverted") ?? ""} />}
      {visit.archived && <p className="rounded-md bg-muted p-3">{t("archived")}</p>}
      {canEdit && <RecordEditorTools kind="visit" slug={visit.slug} archived={visit.archived} />}
      <Card aria-labelledby="overview">
        <CardTitle id="overview">{t("overview")}</CardTitle>
        <VisitOverview visit={visit} />
      </Card>
      <Card aria-labelledby="meetings">
        <CardTitle id="meetings">{t("meetings")}</CardTitle>
        <VisitMeetings meetings={visit.meetings} />
      </Card>
      <Card aria-labelledby="signed">
        <CardTitle id="signed">{t("agreementsSigned")}</CardTitle>
        {visit.agreementsSigned.length > 0 ? (
          <AgreementList agreements={visit.agreementsSigned} />
        ) : (
          <p className="text-sm text-muted-foreground">{t("noAgreements")}</p>
        )}
      </Card>
      <Card aria-labelledby="sources">
        <CardTitle id="sources">{t("sources")}</CardTitle>
        <SourceList sources={visit.sources.map(({ source }) => source)} emptyLabel={t("noSources")} />
      </Card>
      <Card aria-labelledby="history">
        <CardTitle id="history">{history("title")}</CardTitle>
        <HistoryList
          revisions={
            user ? revisions : revisions.map((revision) => ({ ...revision, user: revision.user && { name: history("anEditor") } }))
          }
          currentVersion={visit.version}
          fieldsOf="visit"
          revert={canEdit ? { slug: visit.slug, action: "visit" } : undefined}
        />
      </Card>
    </article>
  );
}
