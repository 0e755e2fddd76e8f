// Reads of the cooperation domains, with how many agreements (not archived) each holds.
import "server-only";
import { db } from "@/lib/db";
import { cachedDomains, cachedSql, getAgreementsVersion, toNumber } from "@/lib/db/cached-sql";
import { domainTalliesSql } from "@/lib/db/sql/tallies";

/** Every domain, by English name, with the dashboard's counts (Prisma's `_count` would group every row). */
export async function getDomains() {
  const version = await getAgreementsVersion();
  const [domains, counts] = await Promise.all([
    cachedDomains(version),
    cachedSql<{ id: bigint | number; count: bigint | number }>(domainTalliesSql(), version),
  ]);
  const countById = new Map(counts.map((row) => [Number(row.id), toNumber(row.count)]));
  return domains
    .map((domain) => ({ ...domain, agreementCount: countById.get(domain.id) ?? 0 }))
    .sort((a, b) => a.nameEn.localeCompare(b.nameEn, "en"));
}

export type DomainRow = Awaited<ReturnType<typeof getDomains>>[number];

export function getDomain(slug: string) {
  return db.cooperationDomain.findUnique({ where: { slug } });
}
