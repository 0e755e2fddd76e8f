// A PostgreSQL server for the tests that compare or exercise that engine, named by TEST_POSTGRES_URL (e.g.
// postgresql://postgres@127.0.0.1:43777/postgres); without it those tests are skipped. Each run makes its own
// database with a unique name on that server, migrates it with the ordinary Prisma CLI, and drops it after.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const execFileAsync = promisify(execFile);

export const testPostgresServer: string | undefined = process.env.TEST_POSTGRES_URL?.trim() || undefined;

/** Runs `prisma migrate deploy` on the database at `url`, whichever engine it names. */
export async function migrateDatabase(url: string): Promise<void> {
  await execFileAsync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    timeout: 120_000,
  });
}

async function onServer(server: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface PostgresDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty database on the server; `prefix` says which test made it, should one be left behind. Its collation
 * is English's (ICU), as a server set up for people's languages has: an ORDER BY that leaves the collation to the
 * database then sorts differently from SQLite, as it would in production, where a byte-order ("C") default would
 * hide it. A server without ICU gives its default.
 */
export async function createPostgresDatabase(server: string, prefix: string): Promise<PostgresDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  await onServer(server, `CREATE DATABASE "${name}" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'`).catch(() =>
    onServer(server, `CREATE DATABASE "${name}"`),
  );
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
