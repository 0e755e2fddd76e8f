// The bench's own reads of the database it measures, on either engine: the raw SQL timings and the few look-ups
// that find a view's address. SQLite through better-sqlite3, PostgreSQL through node-postgres, both taking the
// `?` fragments of lib/db/sql (renumbered for PostgreSQL by forEngine), so neither goes through Prisma.
import Database from "better-sqlite3";
import pg from "pg";
import { forEngine } from "@/lib/db/raw";
import type { SqlFragment } from "@/lib/db/sql/fragments";
import type { DatabaseProvider } from "@/lib/db/url";

export interface BenchDatabase {
  provider: DatabaseProvider;
  all<T>(fragment: SqlFragment): Promise<T[]>;
  close(): Promise<void>;
}

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target);
}

/** `target` is a SQLite file or a postgresql:// URL. */
export async function openBenchDatabase(target: string): Promise<BenchDatabase> {
  if (isPostgresUrl(target)) {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    return {
      provider: "postgresql",
      all: async <T>({ sql, params }: SqlFragment) => (await client.query(forEngine(sql, "postgresql"), params)).rows as T[],
      close: () => client.end(),
    };
  }
  const sqlite = new Database(target);
  // The app's own settings (lib/db/connection.ts), so the raw figures are read as the app reads.
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("mmap_size = 1073741824");
  return {
    provider: "sqlite",
    all: async <T>({ sql, params }: SqlFragment) => {
      // A statement that returns no rows (the account the bench adds) is run rather than read.
      const statement = sqlite.prepare(sql);
      if (statement.reader) return statement.all(...params) as T[];
      statement.run(...params);
      return [];
    },
    close: async () => {
      sqlite.close();
    },
  };
}

/**
 * The home page sends visitors to the first-run setup while the database has no account: a database made for
 * measuring gets one, a viewer without a password (nobody can sign in with it), so that `/` is the dashboard.
 * Resolves to whether it added one.
 */
export async function ensureViewerAccount(db: BenchDatabase, name: string): Promise<boolean> {
  const [{ n }] = (await db.all<{ n: number | string }>({ sql: `SELECT COUNT(*) AS "n" FROM "User"`, params: [] })) as [{ n: number }];
  if (Number(n) > 0) return false;
  const now = new Date().toISOString();
  await db.all({
    sql: `INSERT INTO "User" ("id", "name", "email", "emailVerified", "role", "createdAt", "updatedAt")
      VALUES (?, ?, ?, true, 'VIEWER', ?, ?)`,
    params: [`${name}-viewer`, `${name} viewer`, `${name}@accords.invalid`, now, now],
  });
  return true;
}
