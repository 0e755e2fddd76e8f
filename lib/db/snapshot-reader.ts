// A connection of its own for one long read, such as the export of every agreement. It sees one snapshot of the
// database from its first statement to its close, so a write during the read neither repeats nor loses a record,
// and it leaves the app's own connections to the pages.
// - SQLite: a read-only better-sqlite3 connection inside a transaction, without memory-mapped reads and with a small
//   page cache: the pages an export walks then stay in the system's file cache instead of the server's memory
//   (through the app's connection, mapped pages grew the server by ~300 MB at 250,000 agreements).
// - PostgreSQL: a client outside the pool, in a REPEATABLE READ READ ONLY transaction.
import Database from "better-sqlite3";
import pg from "pg";
import { lockWaitMs } from "./connection";
import { forEngine } from "./raw";
import type { SqlFragment, SqlParam } from "./sql/fragments";
import { databaseProvider, databaseUrl } from "./url";

export interface SnapshotReader {
  /** Every row of a statement, as plain objects keyed by column name. */
  rows<T>(fragment: SqlFragment): Promise<T[]>;
  /**
   * The rows of a statement `size` at a time, read as they are taken: a result of any length holds one batch in
   * memory. Stopping early (`return()`, a `break`) ends the statement. One at a time per reader.
   */
  batches<T>(fragment: SqlFragment, size: number): AsyncGenerator<T[]>;
  /** Ends the transaction and closes the connection; safe to call twice. */
  close(): Promise<void>;
}

const sqliteParam = (value: SqlParam) => (value instanceof Date ? value.toISOString() : value);

function sqliteReader(url: string): SnapshotReader {
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
    async *batches<T>({ sql, params }: SqlFragment, size: number) {
      // The driver answers synchronously: the consumer's turn between two batches is when other requests run.
      const rows = connection.prepare(sql).iterate(...params.map(sqliteParam)) as IterableIterator<T>;
      try {
        let batch: T[] = [];
        for (const row of rows) {
          batch.push(row);
          if (batch.length === size) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
      } finally {
        rows.return?.();
      }
    },
    async close() {
      if (!open) return;
      open = false;
      connection.exec("COMMIT");
      connection.close();
    },
  };
}

async function postgresReader(url: string): Promise<SnapshotReader> {
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
    async *batches<T>({ sql, params }: SqlFragment, size: number) {
      // Through a cursor: node-postgres would otherwise parse the whole result before handing any of it over.
      const cursor = `snapshot_rows_${++cursors}`;
      await inTurn(() => client.query({ text: `DECLARE ${cursor} NO SCROLL CURSOR FOR ${text(sql)}`, values: params }));
      try {
        for (;;) {
          const { rows } = await inTurn(() => client.query(`FETCH FORWARD ${size} FROM ${cursor}`));
          if (rows.length > 0) yield rows as T[];
          if (rows.length < size) return;
        }
      } finally {
        if (open) await inTurn(() => client.query(`CLOSE ${cursor}`));
      }
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
export function openSnapshotReader(url: string = databaseUrl()): Promise<SnapshotReader> {
  return databaseProvider(url) === "sqlite" ? Promise.resolve(sqliteReader(url)) : postgresReader(url);
}
