// Settings of the connections (create-client.ts): how long every client waits for other processes' locks and
// transactions; on PostgreSQL, the size of each app server's pool; on SQLite, what the search queries need,
// applied once per Prisma client: a larger page cache and memory-mapped reads (measured to help at 250,000
// agreements), and write-ahead logging so readers do not wait for a writer.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { providerOf } from "./client-provider";

/**
 * How long a statement or a transaction's start waits for another process's lock before SQLITE_BUSY (P1008). The
 * waiting is done by immediate-transactions.ts without stopping the server; SQLite's own busy timeout is 0.
 * A cold server's first saves held the write lock for 2–4.5 s (Prisma compiling its queries) on 2 busy cores.
 */
export const lockWaitMs = 15_000;

/**
 * Prisma's limits for every transaction: the wait for its turn and the lock (default 2 s), and its whole run
 * (default 5 s), which a cold first save came close to. A transaction past them fails, with P2028.
 */
export const transactionOptions = { maxWait: lockWaitMs + 5000, timeout: 15_000 };

/**
 * Each app server's PostgreSQL connections (node-postgres's pool). Ten per server leave room for several servers
 * under PostgreSQL's default limit of 100; DATABASE_POOL_SIZE changes it.
 */
export const poolSettings = {
  max: Number(process.env.DATABASE_POOL_SIZE) || 10,
  idleTimeoutMillis: 30_000,
  connectionTimeoutMillis: lockWaitMs,
};

const prepared = new WeakMap<PrismaClient, Promise<void>>();

const pragmas = ["PRAGMA journal_mode = WAL", "PRAGMA cache_size = -262144", "PRAGMA mmap_size = 1073741824"];

export function prepareConnection(db: PrismaClient): Promise<void> {
  let ready = prepared.get(db);
  if (!ready) {
    ready = (async () => {
      if (providerOf(db) !== "sqlite") return;
      for (const pragma of pragmas) await db.$queryRawUnsafe(pragma);
    })();
    prepared.set(db, ready);
  }
  return ready;
}
