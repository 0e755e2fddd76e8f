// The one way the app writes several rows as one change: every writer above lib/db calls writeTransaction and
// never learns which engine it is on. On SQLite the transaction holds the write lock from its first statement
// (immediate-transactions.ts), so another process's write cannot make it fail halfway; what an engine can still
// refuse for a reason that a second run would not meet is tried again here, after a short pause.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type WriteTransaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const attempts = 3;

/**
 * A failure after which the transaction, rolled back whole, may simply run again. P2034 is Prisma's "write conflict
 * or deadlock": how PostgreSQL's serialization failures (40001) and deadlocks arrive, and so the place for them;
 * SQLite never raises it. SQLite's SQLITE_BUSY (P1008) is not retried: it comes only after the adapter has already
 * waited `lockWaitMs` (connection.ts) for another process's lock.
 */
function mayRunAgain(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2034";
}

/**
 * Runs `write` in one transaction, again if the engine refused it only because another one got in its way. Inside,
 * read and write through `tx` only: a statement through the app's client waits until the transaction has ended.
 */
export async function writeTransaction<T>(db: PrismaClient, write: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(write);
    } catch (error) {
      if (attempt >= attempts || !mayRunAgain(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt * Math.random()));
    }
  }
}
