// Builds a Prisma client on the embedded SQLite file. Kept apart from index.ts (the app's one client) so that
// scripts and tests, which run outside Next, can open a database of their choosing.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { transactionOptions } from "@/lib/db/connection";
import { withImmediateTransactions } from "@/lib/db/immediate-transactions";
import { databaseUrl } from "@/lib/db/url";

export type { PrismaClient };

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  // No busy timeout in the driver: withImmediateTransactions waits for other processes' locks without blocking.
  const adapter = withImmediateTransactions(new PrismaBetterSqlite3({ url, timeout: 0 }));
  return new PrismaClient({ adapter, transactionOptions });
}
