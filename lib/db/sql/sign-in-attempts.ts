// The sign-in limit's one raw statement, for SQLite. The limit is only as good as this step being atomic: counting
// an account's and an address's recent attempts and inserting this one must not let another attempt, from this
// process or another app server on the same file, count in between.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface AttemptUnderLimits {
  accountKey: string;
  addressKey: string;
  accountLimit: number;
  addressLimit: number;
  /** Attempts at or before this moment no longer count. */
  since: Date;
  now: Date;
}

/**
 * Inserts the attempt's two rows (one per key) if both keys have fewer rows than their limit after `since`, and
 * returns them; returns none when either limit is reached.
 *
 * SQLite runs one INSERT … SELECT as its own write transaction and takes the write lock before it reads the
 * counts (waiting up to the busy timeout while another connection holds it), so two processes cannot both count
 * 4 and both insert. The SELECT reads the table it inserts into, so SQLite computes every row before inserting
 * any: both rows are inserted or neither. Dates are bound as `Date`, so the adapter writes them exactly as Prisma
 * does ("2026-03-04T05:06:07.089+00:00", text) and the text comparisons here and Prisma's own agree.
 *
 * On PostgreSQL this statement alone is not enough (under READ COMMITTED two transactions both see the old
 * count): run it in a transaction that first takes `pg_advisory_xact_lock` on each key, in a fixed order.
 */
export async function insertAttemptUnderLimits(db: PrismaClient, attempt: AttemptUnderLimits): Promise<{ id: number; key: string }[]> {
  const { accountKey, addressKey, accountLimit, addressLimit, since, now } = attempt;
  const rows = await db.$queryRaw<{ id: bigint | number; key: string }[]>`
    INSERT INTO "SignInFailure" ("key", "createdAt")
    SELECT attempt."key", ${now}
    FROM (SELECT ${accountKey} AS "key" UNION ALL SELECT ${addressKey}) AS attempt
    WHERE (SELECT COUNT(*) FROM "SignInFailure" WHERE "key" = ${accountKey} AND "createdAt" > ${since}) < ${accountLimit}
      AND (SELECT COUNT(*) FROM "SignInFailure" WHERE "key" = ${addressKey} AND "createdAt" > ${since}) < ${addressLimit}
    RETURNING "id", "key"`;
  return rows.map((row) => ({ id: Number(row.id), key: row.key }));
}
