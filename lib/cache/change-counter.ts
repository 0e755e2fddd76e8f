// A counter per kind of data, bumped in the same transaction as every write. Caches compare it with the
// value they were filled at: a single-row read tells every app server sharing the database that its
// cached results are stale.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type ChangeScope = "agreements";

type Db = Pick<PrismaClient, "changeCounter">;

export async function getChangeVersion(db: Db, scope: ChangeScope): Promise<number> {
  const row = await db.changeCounter.findUnique({ where: { scope } });
  return row?.version ?? 0;
}

export async function bumpChangeVersion(db: Db, scope: ChangeScope): Promise<void> {
  await db.changeCounter.upsert({
    where: { scope },
    create: { scope, version: 1 },
    update: { version: { increment: 1 } },
  });
}
