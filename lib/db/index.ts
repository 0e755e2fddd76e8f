// The data layer: the only folder that knows which database engine is in use. Here: the one Prisma client of the
// app (shared across hot reloads in development); create-client.ts, the client and driver adapter for
// DATABASE_URL (url.ts); connection.ts, the connection settings; sql/, every raw SQL statement; cached-sql.ts,
// raw SQL run through the client with results kept until the next write. Modules above it ask for data by
// meaning and never branch on the engine.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
