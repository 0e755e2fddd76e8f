// Builds a Prisma client on the embedded SQLite file. Kept apart from index.ts (the app's one client) so that
// scripts and tests, which run outside Next, can open a database of their choosing.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/db/url";

export type { PrismaClient };

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url }) });
}
