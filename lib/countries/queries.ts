// Reads of countries: the index of states, what a state's page shows, and the records both it and the pair
// page load by id.
import "server-only";
import { db } from "@/lib/db";
import { agreementSummarySelect, type AgreementSummary } from "@/lib/agreements/queries";
import type { Country, Person, Visit } from "@/lib/generated/prisma/client";
import { type Locale, locales } from "@/lib/i18n/locales";
import { localized, localName } from "@/lib/i18n/localize";
import {
  countryCountsQuery,
  countryDomainsQuery,
  countryIndexQuery,
  countryLatestAgreementsQuery,
  countryLatestVisitsQuery,
  countryPartnersQuery,
} from "@/lib/db/sql/relationship";
import { cachedCountries, cachedDomains, cachedSql, getAgreementsVersion, toNumber } from "@/lib/db/cached-sql";

type Count = bigint | number;

// The agreements and visits whose ids the relationship SQL picked, in its order, with what AgreementList and
// VisitList show; and every state and domain, shared with the agreements table's cache entries of those names.
function inOrder<T extends { id: number }>(ids: number[], records: T[]): T[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function loadAgreementSummaries(ids: number[]): Promise<AgreementSummary[]> {
  if (ids.length === 0) return [];
  return inOrder(ids, await db.agreement.findMany({ where: { id: { in: ids } }, select: agreementSummarySelect }));
}

export type VisitHeadingData = Visit & { visitor: Person; visitorCountry: Country; hostCountry: Country };

/** Visits as VisitList shows them, in the order of the ids. */
export async function loadVisitHeadings(ids: number[]): Promise<VisitHeadingData[]> {
  if (ids.length === 0) return [];
  const visits = await db.visit.findMany({
    where: { id: { in: ids } },
    include: { visitor: true, visitorCountry: true, hostCountry: true },
  });
  return inOrder(ids, visits);
}

/** Every state and every cooperation domain, shared with the agreements table's cache entries of the same name. */
export async function getCountriesByCode(version: number) {
  const countries = await cachedCountries(version);
  return new Map(countries.map((country) => [country.code, country]));
}

export async function getDomainsById(version: number) {
  const domains = await cachedDomains(version);
  return new Map(domains.map((domain) => [domain.id, domain]));
}

export interface CountryIndexEntry {
  code: string;
  name: string;
  /** Its code and its names in every language, which a search of the index matches. */
  keywords: string;
  agreementCount: number;
  visitCount: number;
}

/** Every state with its number of agreements and visits, by name in the reader's language. */
export async function getCountryIndex(locale: Locale): Promise<CountryIndexEntry[]> {
  const rows = await cachedSql<{
    code: string;
    nameEn: string;
    nameFr: string;
    nameAr: string | null;
    agreementCount: Count;
    visitCount: Count;
  }>(countryIndexQuery(), await getAgreementsVersion());
  return rows
    .map((row) => ({
      code: row.code,
      name: localName(locale, row),
      keywords: [row.code, ...locales.map((other) => localized(other, row, "name"))].join(" "),
      agreementCount: toNumber(row.agreementCount),
      visitCount: toNumber(row.visitCount),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** A state by its upper-case code, or null. */
export async function getCountry(code: string) {
  return (await getCountriesByCode(await getAgreementsVersion())).get(code) ?? null;
}

export interface DomainShare {
  slug: string;
  name: string;
  count: number;
  firstYear: number | null;
  lastYear: number | null;
}

export async function domainShares(
  rows: { domainId: Count; count: Count; firstYear: string | null; lastYear: string | null }[],
  locale: Locale,
  version: number,
): Promise<DomainShare[]> {
  const domains = await getDomainsById(version);
  return rows.flatMap((row) => {
    const domain = domains.get(toNumber(row.domainId));
    if (!domain) return [];
    return [
      {
        slug: domain.slug,
        name: localName(locale, domain),
        count: toNumber(row.count),
        firstYear: row.firstYear ? Number(row.firstYear) : null,
        lastYear: row.lastYear ? Number(row.lastYear) : null,
      },
    ];
  });
}

export interface CountryPartner {
  code: string;
  name: string;
  count: number;
}

/** What a state's page shows: counts, latest agreements and visits, partners ranked, domains. */
export async function getCountryOverview(code: string, locale: Locale, { latest = 10 } = {}) {
  const version = await getAgreementsVersion();
  const [[counts], agreementIds, givenIds, receivedIds, partnerRows, domainRows, countries] = await Promise.all([
    cachedSql<{ agreementCount: Count; visitsGiven: Count; visitsReceived: Count }>(countryCountsQuery(code), version),
    cachedSql<{ id: Count }>(countryLatestAgreementsQuery(code, latest), version),
    cachedSql<{ id: Count }>(countryLatestVisitsQuery(code, "visitor", latest), version),
    cachedSql<{ id: Count }>(countryLatestVisitsQuery(code, "host", latest), version),
    cachedSql<{ code: string; count: Count }>(countryPartnersQuery(code), version),
    cachedSql<{ domainId: Count; count: Count; firstYear: string | null; lastYear: string | null }>(countryDomainsQuery(code), version),
    getCountriesByCode(version),
  ]);
  const ids = (rows: { id: Count }[]) => rows.map((row) => toNumber(row.id));
  const [agreements, visitsGiven, visitsReceived, domains] = await Promise.all([
    loadAgreementSummaries(ids(agreementIds)),
    loadVisitHeadings(ids(givenIds)),
    loadVisitHeadings(ids(receivedIds)),
    domainShares(domainRows, locale, version),
  ]);
  const partners: CountryPartner[] = partnerRows.flatMap((row) => {
    const country = countries.get(row.code);
    return country ? [{ code: row.code, name: localName(locale, country), count: toNumber(row.count) }] : [];
  });
  return {
    agreementCount: toNumber(counts?.agreementCount),
    visitsGivenCount: toNumber(counts?.visitsGiven),
    visitsReceivedCount: toNumber(counts?.visitsReceived),
    agreements,
    visitsGiven,
    visitsReceived,
    partners,
    domains,
  };
}

export type CountryOverview = Awaited<ReturnType<typeof getCountryOverview>>;
