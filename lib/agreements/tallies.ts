// Keeping the dashboard's counts (lib/db/sql/tallies.ts) true in the record writer's transaction: what the written
// agreement contributed before the write is taken away and what it contributes after is added, as one change of
// the counts that differ. Loads that write agreements in bulk (the seed, db:synth, test fixtures) count them all
// again once they are done.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TallyKind } from "@/lib/generated/prisma/enums";
import { providerOf } from "@/lib/db/client-provider";
import { executeSql, runSql } from "@/lib/db/raw";
import { applyTallyDeltasSql, recountTalliesSql, tallyContributionsSql, type TallyDelta, type TallyRow } from "@/lib/db/sql/tallies";

type Db = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

/** An agreement's contributions: count by kind and key ("PAIR IL MA" → 1). */
export type Contributions = Map<string, number>;

const separator = "\u0000";

/** What these agreements contribute to the counts now (nothing for an archived one). */
export async function tallyContributions(db: Db, ids: readonly number[]): Promise<Contributions> {
  const contributions: Contributions = new Map();
  if (ids.length === 0) return contributions;
  for (const row of await runSql<TallyRow>(db as PrismaClient, tallyContributionsSql(ids, providerOf(db)))) {
    contributions.set(`${row.kind}${separator}${row.key}`, Number(row.count));
  }
  return contributions;
}

/** Changes the counts from what was contributed `before` to what is `after`; nothing when they are the same. */
export async function applyTallyChange(db: Db, before: Contributions, after: Contributions): Promise<void> {
  const deltas: TallyDelta[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const delta = (after.get(name) ?? 0) - (before.get(name) ?? 0);
    if (delta === 0) continue;
    const [kind, key] = name.split(separator) as [TallyKind, string];
    deltas.push({ kind, key, delta });
  }
  if (deltas.length > 0) await executeSql(db, applyTallyDeltasSql(deltas, providerOf(db)));
}

/**
 * Counts everything again, inside the caller's transaction: after agreements were written other than by the record
 * writer (the seed, test fixtures).
 */
export async function recountTallies(tx: Db): Promise<void> {
  for (const statement of recountTalliesSql(providerOf(tx))) await executeSql(tx, statement);
}
