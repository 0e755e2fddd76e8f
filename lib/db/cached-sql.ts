// Runs a search module's SQL through the one Prisma client, on a replica that has caught up when there are
// replicas; results are cached until the data's change counter (read by the caller, once per request) moves.
// Every write bumps the agreements' counter, visit writes included, so it covers every read built on these modules.
import "server-only";
import { db } from "@/lib/db";
import { getChangeVersion } from "@/lib/cache/change-counter";
import { cachedQuery } from "@/lib/cache/query-cache";
import type { SqlFragment } from "./sql/fragments";
import { prepareConnection } from "./connection";
import { runSql } from "./raw";
import { withReadClient } from "./replicas";

export function getAgreementsVersion(): Promise<number> {
  return getChangeVersion(db, "agreements");
}

export async function cachedSql<T>(fragment: SqlFragment, version: number): Promise<T[]> {
  await prepareConnection(db);
  return cachedQuery(version, `${fragment.sql}\u0000${JSON.stringify(fragment.params)}`, () =>
    withReadClient(db, (client) => runSql<T>(client, fragment)),
  );
}

/** Every state and every cooperation domain, cached like the SQL above (names for labels and sorting). */
export function cachedCountries(version: number) {
  return cachedQuery(version, "countries", () => db.country.findMany());
}

export function cachedDomains(version: number) {
  return cachedQuery(version, "domains", () => db.cooperationDomain.findMany());
}

/** SQLite hands back COUNT(*) as a bigint through the driver adapter. */
export const toNumber = (value: bigint | number | null | undefined): number => Number(value ?? 0);
