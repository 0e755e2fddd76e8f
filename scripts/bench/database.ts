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
