// A throw-away database on the engine under test, migrated by the ordinary Prisma CLI (and so through the offline
// engine). DATABASE_URL chooses the engine as it does for the app: unset or `file:`, a temporary SQLite file;
// `postgresql://…`, a new database with a unique name on that server, dropped by remove().
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";
import { runSql } from "@/lib/db/raw";
import type { SqlFragment } from "@/lib/db/sql/fragments";
import { databaseProvider, databaseUrl, type DatabaseProvider } from "@/lib/db/url";

const execFileAsync = promisify(execFile);

/** The engine the suite runs on. */
export const testEngine: DatabaseProvider = databaseProvider(databaseUrl());

export interface TestDatabase {
  engine: DatabaseProvider;
  url: string;
  /** The SQLite file, for the tests that are about SQLite itself; throws on PostgreSQL. */
  sqliteFile(): string;
  prisma(): PrismaClient;
  /**
   * Runs one statement, written with `?` placeholders and double-quoted identifiers, through a client of its own
   * (on SQLite its own connection, so it sees the app client's commits as another process would). Integers come
   * back as numbers: both engines give COUNT(*) as a bigint, which the app's readers convert too.
   */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  prismaCli(...args: string[]): Promise<{ stdout: string; stderr: string }>;
  /** A new database holding what this one holds now, removed with this one. */
  copy(): Promise<TestDatabase>;
  /** Closes the clients; the next call opens new ones. */
  disconnect(): Promise<void>;
  remove(): Promise<void>;
}

export async function createTestDatabase(engine: DatabaseProvider = testEngine): Promise<TestDatabase> {
  return engine === "sqlite" ? sqliteDatabase() : await postgresDatabase(databaseUrl());
}

function sqliteDatabase(): TestDatabase {
  const directory = mkdtempSync(path.join(os.tmpdir(), "accords-test-"));
  const file = path.join(directory, "test.db");
  return withClients("sqlite", `file:${file}`, {
    sqliteFile: () => file,
    async copyInto(database) {
      const copy = sqliteDatabase();
      // Through SQLite itself, so that a write-ahead log's pages come along.
      await database.query("VACUUM INTO ?", [copy.sqliteFile()]);
      return copy;
    },
    drop: async () => rmSync(directory, { recursive: true, force: true }),
  });
}

/** The same server as `url`, another database on it (by default its maintenance database, `postgres`). */
function onSameServer(url: string, name = "postgres"): string {
  const other = new URL(url);
  other.pathname = `/${name}`;
  return other.toString();
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: onSameServer(url) });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function postgresDatabase(serverUrl: string, template?: string): Promise<TestDatabase> {
  const name = `accords_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  return withClients("postgresql", onSameServer(serverUrl, name), {
    sqliteFile: () => {
      throw new Error("This test database is on PostgreSQL: it has no SQLite file.");
    },
    // PostgreSQL copies a database only while nobody is connected to it: the clients disconnect first.
    async copyInto(database) {
      await database.disconnect();
      return postgresDatabase(serverUrl, name);
    },
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  });
}

interface EngineSteps {
  sqliteFile(): string;
  copyInto(database: TestDatabase): Promise<TestDatabase>;
  drop(): Promise<void>;
}

function withClients(engine: DatabaseProvider, url: string, steps: EngineSteps): TestDatabase {
  let client: PrismaClient | undefined;
  let reader: PrismaClient | undefined;
  const copies: TestDatabase[] = [];
  const database: TestDatabase = {
    engine,
    url,
    sqliteFile: steps.sqliteFile,
    prisma: () => (client ??= createPrismaClient(url)),
    async query<T>(sql: string, params: readonly unknown[] = []) {
      reader ??= createPrismaClient(url);
      const rows = await runSql<Record<string, unknown>>(reader, { sql, params: params as SqlFragment["params"] });
      return rows.map(
        (row) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value])) as T,
      );
    },
    prismaCli: (...args) =>
      execFileAsync(path.resolve("node_modules/.bin/prisma"), args, {
        env: { ...process.env, DATABASE_URL: url },
        timeout: 120_000,
      }),
    async copy() {
      const copy = await steps.copyInto(database);
      copies.push(copy);
      return copy;
    },
    async disconnect() {
      const open = [client, reader];
      client = reader = undefined;
      await Promise.all(open.map((each) => each?.$disconnect()));
    },
    async remove() {
      await database.disconnect();
      await Promise.all(copies.map((copy) => copy.remove()));
      await steps.drop();
    },
  };
  return database;
}
