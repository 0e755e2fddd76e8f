// Reads of the relationship between two states: counts, agreements, domains, visits and the timeline.
import "server-only";
import { domainShares, getCountriesByCode, loadAgreementSummaries, loadVisitHeadings } from "@/lib/countries/queries";
import type { Locale } from "@/lib/i18n/locales";
import { agreementTitle } from "@/lib/i18n/localize";
import {
  pairCountsQuery,
  pairDomainsQuery,
  pairLatestAgreementsQuery,
  pairTimelineQuery,
  pairUndatedQuery,
  pairVisitsQuery,
} from "@/lib/db/sql/relationship";
import { cachedSql, getAgreementsVersion, toNumber } from "@/lib/db/cached-sql";
import { buildTimeline, type TimelineAgreement, type TimelineVisit } from "./timeline";
import { timelinePerYear, undatedListLimit } from "./timeline-limits";

type Count = bigint | number;

interface TitleColumns {
  id: Count;
  slug: string;
  title: string;
  titleLanguage: string;
  titleEn: string | null;
  titleFr: string | null;
  titleAr: string | null;
}

interface TimelineRow extends TitleColumns {
  form: string;
  signedOn: string;
  entryIntoForceOn: string | null;
  endedOn: string | null;
  visitId: Count | null;
  yearCount: Count;
}

interface VisitRow {
  id: Count;
  slug: string;
  startOn: string | null;
  endOn: string | null;
  visitorName: string;
  visitorCountryCode: string;
  hostCountryCode: string;
}

/** The two states by their upper-case codes, or null when either is unknown. */
export async function getPairCountries(a: string, b: string) {
  const countries = await getCountriesByCode(await getAgreementsVersion());
  const [first, second] = [countries.get(a), countries.get(b)];
  return first && second ? ([first, second] as const) : null;
}

/** What a pair's page shows; `a` and `b` are upper-case codes in canonical order. */
export async function getPairOverview(a: string, b: string, locale: Locale, { listed = 25 } = {}) {
  const version = await getAgreementsVersion();
  const [[counts], listIds, domainRows, visitRows, timelineRows, undatedRows] = await Promise.all([
    cachedSql<{ agreementCount: Count; undatedCount: Count }>(pairCountsQuery(a, b), version),
    cachedSql<{ id: Count }>(pairLatestAgreementsQuery(a, b, listed), version),
    cachedSql<{ domainId: Count; count: Count; firstYear: string | null; lastYear: string | null }>(pairDomainsQuery(a, b), version),
    cachedSql<VisitRow>(pairVisitsQuery(a, b), version),
    cachedSql<TimelineRow>(pairTimelineQuery(a, b, timelinePerYear), version),
    cachedSql<TitleColumns>(pairUndatedQuery(a, b, undatedListLimit), version),
  ]);
  const [agreements, visits, domains] = await Promise.all([
    loadAgreementSummaries(listIds.map((row) => toNumber(row.id))),
    loadVisitHeadings(visitRows.map((row) => toNumber(row.id))),
    domainShares(domainRows, locale, version),
  ]);
  const timelineAgreements: TimelineAgreement[] = timelineRows.map((row) => ({
    id: toNumber(row.id),
    slug: row.slug,
    title: agreementTitle(locale, row),
    form: row.form,
    signedOn: row.signedOn,
    entryIntoForceOn: row.entryIntoForceOn,
    endedOn: row.endedOn,
    visitId: row.visitId === null ? null : toNumber(row.visitId),
    yearCount: toNumber(row.yearCount),
  }));
  const timelineVisits: TimelineVisit[] = visitRows.flatMap((row) =>
    row.startOn ? [{ ...row, id: toNumber(row.id), startOn: row.startOn }] : [],
  );
  return {
    agreementCount: toNumber(counts?.agreementCount),
    undatedCount: toNumber(counts?.undatedCount),
    agreements,
    domains,
    visits,
    timeline: buildTimeline(timelineAgreements, timelineVisits),
    undated: undatedRows.map((row) => ({ id: toNumber(row.id), slug: row.slug, title: agreementTitle(locale, row) })),
  };
}

export type PairOverview = Awaited<ReturnType<typeof getPairOverview>>;
