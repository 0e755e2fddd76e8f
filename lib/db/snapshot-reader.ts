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
  /** A statement's rows `size` at a time, read as they are asked for. One cursor at a time per reader. */
  cursor<T>(fragment: SqlFragment, size: number): Promise<SnapshotCursor<T>>;
  /** Ends the transaction and closes the connection; safe to call twice. */
  close(): Promise<void>;
}

/** The next batch of rows each time it is asked, then null: a result of any length holds one batch in memory. */
export interface SnapshotCursor<T> {
  next(): Promise<T[] | null>;
  /** Ends the statement early; safe to call after the last batch. */
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
    async cursor<T>({ sql, params }: SqlFragment, size: number) {
      // The driver answers synchronously: the consumer's turn between two batches is when other requests run.
      const rows = connection.prepare(sql).iterate(...params.map(sqliteParam)) as IterableIterator<T>;
      let done = false;
      const close = async () => {
        if (done) return;
        done = true;
        rows.return?.();
      };
      return {
        async next() {
          if (done) return null;
          const batch: T[] = [];
          for (let step = rows.next(); !step.done; step = rows.next()) {
            batch.push(step.value);
            if (batch.length === size) return batch;
          }
          await close();
          return batch.length > 0 ? batch : null;
        },
        close,
      };
    },
    async close() {
      if (!open) return;
      open = false;
      try {
        connection.exec("COMMIT");
      } finally {
        connection.close();
      }
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
    async cursor<T>({ sql, params }: SqlFragment, size: number) {
      // A server-side cursor: node-postgres would otherwise parse the whole result before handing any of it over.
      const name = `snapshot_rows_${++cursors}`;
      await inTurn(() => client.query({ text: `DECLARE ${name} NO SCROLL CURSOR FOR ${text(sql)}`, values: params }));
      let done = false;
      const close = async () => {
        if (done) return;
        done = true;
        if (open) await inTurn(() => client.query(`CLOSE ${name}`));
      };
      return {
        async next() {
          if (done) return null;
          const { rows } = await inTurn(() => client.query(`FETCH FORWARD ${size} FROM ${name}`));
          if (rows.length < size) await close();
          return rows.length > 0 ? (rows as T[]) : null;
        },
        close,
      };
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
