// Reads behind the dashboard (the home page): the counts the record writer keeps (lib/db/sql/tallies.ts), the
// figures and the latest agreements and visits. Everything is cached until the agreements' change counter moves (visit
// writes move it too), so a dashboard served again costs one one-row read.
import "server-only";
import { getLatestAgreements } from "@/lib/agreements/queries";
import { cachedQuery } from "@/lib/cache/query-cache";
import { localName } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { cachedCountries, cachedSql, getAgreementsVersion } from "@/lib/db/cached-sql";
import { busiestPairLimit, domainTalliesSql, talliesSql } from "@/lib/db/sql/tallies";
import { getVisitCount, getVisitSummaries } from "@/lib/visits/queries";

export const partnerLimit = 15;
const latestCount = 5;

export interface DomainCount {
  slug: string;
  name: string;
  count: number;
}

export interface YearCount {
  year: number;
  count: number;
}

export interface CountryCount {
  code: string;
  name: string;
  count: number;
}

export interface BusiestPair {
  /** The two states in alphabetical order of their codes, as the pair page's address has them. */
  states: [{ code: string; name: string }, { code: string; name: string }];
  count: number;
}

type Count = bigint | number;

async function countryNames(locale: Locale, version: number): Promise<Map<string, string>> {
  const countries = await cachedCountries(version);
  return new Map(countries.map((country) => [country.code, localName(locale, country)]));
}

// Equal counts go by name in the interface language, so the order is stable and reads naturally.
const byCountThenName = (locale: Locale) => (a: { count: number; name: string }, b: { count: number; name: string }) =>
  b.count - a.count || a.name.localeCompare(b.name, locale);

/** Every cooperation domain with its number of agreements, zero included; most agreements first. */
export async function getDomainCounts(locale: Locale, version: number): Promise<DomainCount[]> {
  const rows = await cachedSql<{ slug: string; nameEn: string; nameFr: string; nameAr: string | null; count: Count }>(
    domainTalliesSql(),
    version,
  );
  return rows.map((row) => ({ slug: row.slug, name: localName(locale, row), count: Number(row.count) })).sort(byCountThenName(locale));
}

/** Agreements per year of signature, in year order, and how many have no date of signature. */
export async function getYearCounts(version: number): Promise<{ years: YearCount[]; undated: number }> {
  const rows = await cachedSql<{ key: string; count: Count }>(talliesSql("YEAR"), version);
  // The key of the agreements with no date is "".
  const years = rows
    .flatMap((row) => (row.key === "" ? [] : [{ year: Number(row.key), count: Number(row.count) }]))
    .sort((a, b) => a.year - b.year);
  const undated = rows.find((row) => row.key === "");
  return { years, undated: undated ? Number(undated.count) : 0 };
}

/** The states party to the most agreements, how many other states are party to some, and their total. */
export async function getPartnerCounts(
  locale: Locale,
  version: number,
  limit = partnerLimit,
): Promise<{ top: CountryCount[]; more: number; covered: number }> {
  const [rows, names] = await Promise.all([
    cachedSql<{ key: string; count: Count }>(talliesSql("PARTY"), version),
    countryNames(locale, version),
  ]);
  const all = rows
    .map((row) => ({ code: row.key, name: names.get(row.key) ?? row.key, count: Number(row.count) }))
    .sort(byCountThenName(locale));
  return { top: all.slice(0, limit), more: Math.max(0, all.length - limit), covered: all.length };
}

/** The pairs of states party to the most agreements together. */
export async function getBusiestPairs(locale: Locale, version: number, limit = busiestPairLimit): Promise<BusiestPair[]> {
  const [rows, names] = await Promise.all([
    cachedSql<{ key: string; count: Count }>(talliesSql("PAIR", limit), version),
    countryNames(locale, version),
  ]);
  const state = (code: string) => ({ code, name: names.get(code) ?? code });
  return rows.map((row) => {
    const [a, b] = row.key.split(" ") as [string, string];
    return { states: [state(a), state(b)], count: Number(row.count) };
  });
}

export type DashboardData = Awaited<ReturnType<typeof getDashboard>>;

export async function getDashboard(locale: Locale) {
  const version = await getAgreementsVersion();
  const [domains, years, partners, pairs, visitCount, latestAgreements, latestVisits] = await Promise.all([
    getDomainCounts(locale, version),
    getYearCounts(version),
    getPartnerCounts(locale, version),
    getBusiestPairs(locale, version),
    cachedQuery(version, "dashboard:visit-count", () => getVisitCount()),
    cachedQuery(version, "dashboard:latest-agreements", () => getLatestAgreements(latestCount)),
    cachedQuery(version, "dashboard:latest-visits", () => getVisitSummaries({ take: latestCount })),
  ]);
  // Every agreement that is not archived has one year of signature or none.
  const agreementCount = years.years.reduce((sum, year) => sum + year.count, years.undated);
  return {
    figures: { agreements: agreementCount, visits: visitCount, countries: partners.covered },
    domains,
    years,
    partners: { top: partners.top, more: partners.more },
    pairs,
    latestAgreements,
    latestVisits,
  };
}
