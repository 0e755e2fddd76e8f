// Builds a Prisma client for a database URL (url.ts): better-sqlite3 for `file:` URLs, node-postgres for
// `postgresql://` ones. Kept apart from index.ts (the app's one client) so that scripts and tests, which run outside
// Next, can open a database of their choosing. Both generated clients come from the same models; the app is typed
// with the SQLite one, and the PostgreSQL one answers the same calls with the same shapes.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { poolSettings, transactionOptions } from "@/lib/db/connection";
import { withImmediateTransactions } from "@/lib/db/immediate-transactions";
import { databaseProvider, databaseUrl } from "@/lib/db/url";
import { recordProvider } from "./client-provider";

export type { PrismaClient };

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const provider = databaseProvider(url);
  const client =
    provider === "sqlite"
      ? // No busy timeout in the driver: withImmediateTransactions waits for other processes' locks without blocking.
        new PrismaClient({ adapter: withImmediateTransactions(new PrismaBetterSqlite3({ url, timeout: 0 })), transactionOptions })
      : (new PostgresPrismaClient({
          adapter: new PrismaPg({ connectionString: url, ...poolSettings }),
          transactionOptions,
        }) as unknown as PrismaClient);
  recordProvider(client, provider);
  return client;
}
