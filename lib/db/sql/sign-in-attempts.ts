// The sign-in limit's one raw statement, on either engine. The limit is only as good as this step being atomic:
// counting an account's and an address's recent attempts and inserting this one must not let another attempt,
// from this process or another app server on the same database, count in between.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { providerOf } from "../client-provider";
import { forEngine, runSql } from "../raw";
import type { DatabaseProvider } from "../url";
import { writeTransaction } from "../write";
import type { SqlFragment } from "./fragments";

export interface AttemptUnderLimits {
  accountKey: string;
  addressKey: string;
  accountLimit: number;
  addressLimit: number;
  /** Attempts at or before this moment no longer count. */
  since: Date;
  now: Date;
}

type AttemptRow = { id: bigint | number; key: string };

/**
 * The INSERT … SELECT that adds both rows when both keys are under their limit. Dates are bound as `Date`, so the
 * adapter writes them exactly as Prisma does (on SQLite "2026-03-04T05:06:07.089+00:00", text), and the
 * comparisons here and Prisma's own agree. PostgreSQL cannot infer a type for a parameter that is only selected,
 * so the inserted date says it is a timestamp.
 */
function insertUnderLimits(attempt: AttemptUnderLimits, provider: DatabaseProvider): SqlFragment {
  const { accountKey, addressKey, accountLimit, addressLimit, since, now } = attempt;
  const inserted = provider === "postgresql" ? "CAST(? AS TIMESTAMP(3))" : "?";
  return {
    sql: `INSERT INTO "SignInFailure" ("key", "createdAt")
      SELECT attempt."key", ${inserted}
      FROM (SELECT ? AS "key" UNION ALL SELECT ?) AS attempt
      WHERE (SELECT COUNT(*) FROM "SignInFailure" WHERE "key" = ? AND "createdAt" > ?) < ?
        AND (SELECT COUNT(*) FROM "SignInFailure" WHERE "key" = ? AND "createdAt" > ?) < ?
      RETURNING "id", "key"`,
    params: [now, accountKey, addressKey, accountKey, since, accountLimit, addressKey, since, addressLimit],
  };
}

/**
 * Inserts the attempt's two rows (one per key) if both keys have fewer rows than their limit after `since`, and
 * returns them; returns none when either limit is reached.
 *
 * SQLite runs one INSERT … SELECT as its own write transaction and takes the write lock before it reads the
 * counts (waiting up to the busy timeout while another connection holds it), so two processes cannot both count
 * 4 and both insert. The SELECT reads the table it inserts into, so SQLite computes every row before inserting
 * any: both rows are inserted or neither.
 *
 * On PostgreSQL that statement alone is not enough: under READ COMMITTED two transactions both see the old count
 * and both insert. So it runs in a transaction that first takes a transaction-scoped advisory lock on each key;
 * an attempt on the same account or address waits until this one has committed, then counts it. The keys are
 * locked in sorted order, so two attempts that share both keys cannot each hold one and wait for the other.
 */
export async function insertAttemptUnderLimits(db: PrismaClient, attempt: AttemptUnderLimits): Promise<{ id: number; key: string }[]> {
  const provider = providerOf(db);
  const rows =
    provider === "postgresql"
      ? await writeTransaction(db, async (tx) => {
          for (const key of [attempt.accountKey, attempt.addressKey].sort()) {
            // executeRaw: the lock function returns `void`, a column type the adapter cannot read.
            await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(hashtext($1))", key);
          }
          const { sql, params } = insertUnderLimits(attempt, provider);
          return tx.$queryRawUnsafe<AttemptRow[]>(forEngine(sql, provider), ...params);
        })
      : await runSql<AttemptRow>(db, insertUnderLimits(attempt, provider));
  return rows.map((row) => ({ id: Number(row.id), key: row.key }));
}
