// The one Prisma client of the app, shared across hot reloads in development.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
