// A connection of its own for one long read, such as the export of every agreement. It sees one snapshot of the
// database from its first statement to its close, so a write during the read neither repeats nor loses a record,
// and it leaves the app's own connections to the pages.
// - SQLite: a read-only better-sqlite3 connection inside a transaction, without memory-mapped reads and with a small
//   page cache: the pages an export walks then stay in the system's file cache instead of the server's memory
//   (through the app's connection, mapped pages grew the server by ~300 MB at 250,000 agreements).
// - PostgreSQL: a client outside the pool, in a REPEATABLE READ READ ONLY transaction.
import { setImmediate as nextTurn } from "node:timers/promises";
import Database from "better-sqlite3";
import pg from "pg";
import { lockWaitMs } from "./connection";
import { forEngine } from "./raw";
import type { SqlFragment, SqlParam } from "./sql/fragments";
import { databaseProvider, databaseUrl } from "./url";

export interface SnapshotReader {
  /** Every row of a statement, as plain objects keyed by column name. */
  rows<T>(fragment: SqlFragment): Promise<T[]>;
  /** The first column of every row of a statement; a long result is read with turns of the event loop between slices. */
  column<T>(fragment: SqlFragment): Promise<T[]>;
  /** Ends the transaction and closes the connection; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Rows of a long result read at once: on SQLite, whose driver answers synchronously, between two turns of the
 * event loop; on PostgreSQL, per FETCH from a cursor.
 */
const defaultRowsPerRead = 10_000;

export interface SnapshotOptions {
  /** Rows of a long result read at once (default 10,000). */
  rowsPerRead?: number;
}

const sqliteParam = (value: SqlParam) => (value instanceof Date ? value.toISOString() : value);

function sqliteReader(url: string, rowsPerRead: number): SnapshotReader {
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  const connection = new Database(file, { readonly: true, fileMustExist: true, timeout: lockWaitMs });
  connection.pragma("mmap_size = 0");
  connection.pragma("cache_size = -8192");
  connection.exec("BEGIN");
  let open = true;
  return {
    async rows<T>({ sql, params }: SqlFragment) {
      return connection.prepare(sql).all(...params.map(sqliteParam)) as T[];
    },
    async column<T>({ sql, params }: SqlFragment) {
      const values: T[] = [];
      for (const value of connection
        .prepare(sql)
        .pluck()
        .iterate(...params.map(sqliteParam))) {
        values.push(value as T);
        if (values.length % rowsPerRead === 0) await nextTurn();
      }
      return values;
    },
    async close() {
      if (!open) return;
      open = false;
      connection.exec("COMMIT");
      connection.close();
    },
  };
}

async function postgresReader(url: string, rowsPerRead: number): Promise<SnapshotReader> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: lockWaitMs });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  } catch (error) {
    await client.end();
    throw error;
  }
  let open = true;
  let cursors = 0;
  // One statement at a time: a client runs them in turn anyway, and node-postgres deprecates queueing them itself.
  let previous: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(query: () => Promise<T>): Promise<T> => {
    const next = previous.then(query, query);
    // Only the turn is kept, not the result: holding the last rows until the next statement kept every batch alive
    // into the next one.
    previous = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  };
  const text = (sql: string) => forEngine(sql, "postgresql");
  return {
    rows<T>({ sql, params }: SqlFragment) {
      return inTurn(async () => (await client.query({ text: text(sql), values: params })).rows as T[]);
    },
    column<T>({ sql, params }: SqlFragment) {
      // Through a cursor, a slice at a time: all 250,000 ids in one result cost ~100 MB while node-postgres parsed it.
      return inTurn(async () => {
        const cursor = `snapshot_column_${++cursors}`;
        await client.query({ text: `DECLARE ${cursor} NO SCROLL CURSOR FOR ${text(sql)}`, values: params });
        const values: T[] = [];
        for (;;) {
          const { rows } = await client.query<unknown[]>({ text: `FETCH FORWARD ${rowsPerRead} FROM ${cursor}`, rowMode: "array" });
          for (const row of rows) values.push(row[0] as T);
          if (rows.length < rowsPerRead) break;
        }
        await client.query(`CLOSE ${cursor}`);
        return values;
      });
    },
    async close() {
      if (!open) return;
      open = false;
      try {
        await client.query("COMMIT");
      } finally {
        await client.end();
      }
    },
  };
}

/** Opens a snapshot reader on the app's database (or `url`); the caller closes it, in a `finally`. */
export function openSnapshotReader(url: string = databaseUrl(), { rowsPerRead = defaultRowsPerRead }: SnapshotOptions = {}) {
  return databaseProvider(url) === "sqlite" ? Promise.resolve(sqliteReader(url, rowsPerRead)) : postgresReader(url, rowsPerRead);
}
