// A throw-away SQLite database, migrated by the ordinary Prisma CLI (and so through the offline engine).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";

const execFileAsync = promisify(execFile);

export interface TestDatabase {
  file: string;
  url: string;
  prisma(): PrismaClient;
  prismaCli(...args: string[]): Promise<{ stdout: string; stderr: string }>;
  remove(): Promise<void>;
}

export function createTestDatabase(): TestDatabase {
  const directory = mkdtempSync(path.join(os.tmpdir(), "accords-test-"));
  const file = path.join(directory, "test.db");
  const url = `file:${file}`;
  let client: PrismaClient | undefined;
  return {
    file,
    url,
    prisma: () => (client ??= createPrismaClient(url)),
    prismaCli: (...args) =>
      execFileAsync(path.resolve("node_modules/.bin/prisma"), args, {
        env: { ...process.env, DATABASE_URL: url },
        timeout: 120_000,
      }),
    async remove() {
      await client?.$disconnect();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
