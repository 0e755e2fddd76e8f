// The data layer: the only folder that knows which database engine is in use. Here: the one Prisma client of the
// app (shared across hot reloads in development), which with DATABASE_REPLICA_URLS reads on streaming replicas that
// have caught up and writes on the primary (replicas.ts); create-client.ts, the client and driver adapter for
// DATABASE_URL (url.ts); connection.ts, the connection settings; sql/, every raw SQL statement; cached-sql.ts,
// raw SQL run through the client with results kept until the next write. Modules above it ask for data by
// meaning and never branch on the engine.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";
import { createReadRouting, type ReadRouting, replicaName, replicaUrls } from "./replicas";

const globalForPrisma = globalThis as unknown as { accordsDb?: ReadRouting };

const routing: ReadRouting =
  globalForPrisma.accordsDb ??
  createReadRouting(
    createPrismaClient(),
    replicaUrls().map((url) => ({ name: replicaName(url), client: createPrismaClient(url) })),
  );

if (process.env.NODE_ENV !== "production") globalForPrisma.accordsDb = routing;

export const db: PrismaClient = routing.db;
