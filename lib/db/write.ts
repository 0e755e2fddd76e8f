// The one way the app writes several rows as one change: every writer above lib/db calls writeTransaction and
// never learns which engine it is on. On SQLite the transaction holds the write lock from its first statement
// (immediate-transactions.ts), so another process's write cannot make it fail halfway; what an engine can still
// refuse for a reason that a second run would not meet is tried again here, after a short pause.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { providerOf, recordProvider } from "./client-provider";

export type WriteTransaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const attempts = 3;

/** PostgreSQL's serialization failure and deadlock: the transaction was rolled back whole and may run again. */
const conflictStates = new Set(["40001", "40P01"]);

const field = (value: unknown, name: string): unknown =>
  typeof value === "object" && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;

/**
 * A failure after which the transaction, rolled back whole, may simply run again. adapter-pg reports SQLSTATE 40001
 * and 40P01 as a `TransactionWriteConflict` (keeping the SQLSTATE as `originalCode`), which reaches here in three
 * shapes (measured with two crossed transactions): from a model query, Prisma's P2034 ("write conflict or
 * deadlock"); from raw SQL, P2010 ("raw query failed") with the adapter's error in `meta.driverAdapterError`; from
 * the COMMIT of a serializable transaction, the adapter's error itself. SQLite never raises any of these. SQLite's
 * SQLITE_BUSY (P1008) is not retried: it comes only after the adapter has already waited `lockWaitMs`
 * (connection.ts) for another process's lock.
 */
function mayRunAgain(error: unknown): boolean {
  if (field(error, "code") === "P2034") return true;
  const cause = field(error, "cause") ?? field(field(field(error, "meta"), "driverAdapterError"), "cause");
  const state = field(cause, "originalCode");
  return field(cause, "kind") === "TransactionWriteConflict" || (typeof state === "string" && conflictStates.has(state));
}

/**
 * Runs `write` in one transaction, again if the engine refused it only because another one got in its way. Inside,
 * read and write through `tx` only: a statement through the app's client waits until the transaction has ended.
 */
export async function writeTransaction<T>(db: PrismaClient, write: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // Raw SQL inside the transaction is spelled for the engine of the client it came from.
      return await db.$transaction((tx) => {
        recordProvider(tx, providerOf(db));
        return write(tx);
      });
    } catch (error) {
      if (attempt >= attempts || !mayRunAgain(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt * Math.random()));
    }
  }
}
