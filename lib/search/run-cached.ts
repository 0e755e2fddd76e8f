// Runs a fragment of the search modules' SQL on the app's connection, cached until the agreements' change
// counter moves (visit writes bump it too, so visit lists are covered).
import "server-only";
import { db } from "@/lib/db";
import { getChangeVersion } from "@/lib/cache/change-counter";
import { cachedQuery } from "@/lib/cache/query-cache";
import type { SqlFragment } from "./agreement-search";
import { prepareConnection } from "./connection";

export function getAgreementsVersion(): Promise<number> {
  return getChangeVersion(db, "agreements");
}

export async function runCached<T>(fragment: SqlFragment, version: number): Promise<T[]> {
  await prepareConnection(db);
  return cachedQuery(version, `${fragment.sql}\u0000${JSON.stringify(fragment.params)}`, () =>
    db.$queryRawUnsafe<T[]>(fragment.sql, ...fragment.params),
  );
}

/** SQLite hands back COUNT(*) as a bigint through the driver adapter. */
export const toNumber = (value: bigint | number | null | undefined): number => Number(value ?? 0);
