// writeTransaction on PostgreSQL: a transaction the server rolled back because another one crossed it (a deadlock, a
// serialization failure) runs again and succeeds, whichever way the failure reaches the app: from a model query, from
// raw SQL, or from the COMMIT. Needs a PostgreSQL server (TEST_POSTGRES_URL); on SQLite, writes take the lock first.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";
import { type WriteTransaction, writeTransaction } from "@/lib/db/write";
import { createPostgresDatabase, migrateDatabase, type PostgresDatabase, testPostgresServer } from "../helpers/postgres-server";

let postgres: PostgresDatabase;
let db: PrismaClient;

beforeAll(async () => {
  if (!testPostgresServer) return;
  postgres = await createPostgresDatabase(testPostgresServer, "write_retry");
  await migrateDatabase(postgres.url);
  db = createPrismaClient(postgres.url);
});
afterAll(async () => {
  await db?.$disconnect();
  await postgres?.drop();
});
beforeEach(async () => {
  if (!testPostgresServer) return;
  await db.changeCounter.deleteMany();
  await db.changeCounter.createMany({ data: [{ scope: "a" }, { scope: "b" }] });
});

type Step = (tx: WriteTransaction, scope: string) => Promise<unknown>;

/**
 * Two writes at once, each taking one step on its own row, waiting for the other to have done the same, then a step
 * on the other's row: they cross. Returns how many times the writes ran in all.
 */
async function crossedWrites(step: Step): Promise<number> {
  let runs = 0;
  let arrived = 0;
  let bothArrived: () => void;
  const barrier = new Promise<void>((resolve) => (bothArrived = resolve));
  const write = (first: string, second: string) =>
    writeTransaction(db, async (tx) => {
      runs++;
      await step(tx, first);
      if (++arrived === 2) bothArrived();
      await barrier;
      await step(tx, second);
    });
  await Promise.all([write("a", "b"), write("b", "a")]);
  return runs;
}

const versions = async () => (await db.changeCounter.findMany({ orderBy: { scope: "asc" } })).map((row) => row.version);

describe.skipIf(!testPostgresServer)("writeTransaction on PostgreSQL", () => {
  it("runs again a transaction that a deadlock between model queries rolled back (P2034)", async () => {
    const runs = await crossedWrites((tx, scope) => tx.changeCounter.update({ where: { scope }, data: { version: { increment: 1 } } }));
    expect(runs).toBe(3);
    expect(await versions()).toEqual([2, 2]);
  });

  it("runs again a transaction that a deadlock in raw SQL rolled back (P2010, SQLSTATE 40P01)", async () => {
    const runs = await crossedWrites((tx, scope) =>
      tx.$executeRawUnsafe(`UPDATE "ChangeCounter" SET "version" = "version" + 1 WHERE "scope" = $1`, scope),
    );
    expect(runs).toBe(3);
    expect(await versions()).toEqual([2, 2]);
  });

  it("runs again a serializable transaction whose commit failed (SQLSTATE 40001)", async () => {
    const database = new URL(postgres.url).pathname.slice(1);
    await db.$executeRawUnsafe(`ALTER DATABASE "${database}" SET default_transaction_isolation = 'serializable'`);
    const serializable = createPrismaClient(postgres.url);
    try {
      let runs = 0;
      let arrived = 0;
      let bothArrived: () => void;
      const barrier = new Promise<void>((resolve) => (bothArrived = resolve));
      // Each write reads both rows and stores their sum in its own: run one after the other, the second sees the first.
      const write = (scope: string) =>
        writeTransaction(serializable, async (tx) => {
          runs++;
          const total = (await tx.changeCounter.findMany()).reduce((sum, row) => sum + row.version, 0);
          if (++arrived === 2) bothArrived();
          await barrier;
          await tx.changeCounter.update({ where: { scope }, data: { version: total + 1 } });
        });
      await Promise.all([write("a"), write("b")]);
      expect(runs).toBe(3);
      expect((await versions()).sort()).toEqual([1, 2]);
    } finally {
      await serializable.$disconnect();
    }
  });
});
