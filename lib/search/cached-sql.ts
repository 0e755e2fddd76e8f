// Runs a search module's SQL through the one Prisma client; results are cached until the data's change
// counter (read by the caller, once per request) moves.
import "server-only";
import { db } from "@/lib/db";
import { cachedQuery } from "@/lib/cache/query-cache";
import type { SqlFragment } from "./sql";
import { prepareConnection } from "./connection";

export async function cachedSql<T>(fragment: SqlFragment, version: number): Promise<T[]> {
  await prepareConnection(db);
  return cachedQuery(version, `${fragment.sql}\u0000${JSON.stringify(fragment.params)}`, () =>
    db.$queryRawUnsafe<T[]>(fragment.sql, ...fragment.params),
  );
}
