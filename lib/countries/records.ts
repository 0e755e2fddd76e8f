// Loads the agreements and visits whose ids the relationship SQL picked, in the order it picked them, with what
// the shared lists (AgreementList, VisitList) show.
import "server-only";
import { db } from "@/lib/db";
import { agreementSummarySelect, type AgreementSummary } from "@/lib/agreements/queries";
import type { VisitSummary } from "@/lib/visits/queries";
import { cachedQuery } from "@/lib/cache/query-cache";

function inOrder<T extends { id: number }>(ids: number[], records: T[]): T[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function loadAgreementSummaries(ids: number[]): Promise<AgreementSummary[]> {
  if (ids.length === 0) return [];
  return inOrder(ids, await db.agreement.findMany({ where: { id: { in: ids } }, select: agreementSummarySelect }));
}

export async function loadVisitSummaries(ids: number[]): Promise<VisitSummary[]> {
  if (ids.length === 0) return [];
  const visits = await db.visit.findMany({
    where: { id: { in: ids } },
    include: { visitor: true, visitorCountry: true, hostCountry: true, _count: { select: { agreementsSigned: true } } },
  });
  return inOrder(ids, visits);
}

/** Every state and every cooperation domain, shared with the agreements table's cache entries of the same name. */
export async function getCountriesByCode(version: number) {
  const countries = await cachedQuery(version, "countries", () => db.country.findMany());
  return new Map(countries.map((country) => [country.code, country]));
}

export async function getDomainsById(version: number) {
  const domains = await cachedQuery(version, "domains", () => db.cooperationDomain.findMany());
  return new Map(domains.map((domain) => [domain.id, domain]));
}
