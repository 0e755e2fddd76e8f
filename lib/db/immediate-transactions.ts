// SQLite transactions that take the write lock when they begin, and waits for another process's lock that do not
// stop the server.
//
// Prisma's better-sqlite3 adapter (7.10) opens every transaction with a plain, deferred BEGIN, written into its code
// with no option to change it. A deferred transaction that reads first holds only a read snapshot; when it then
// writes while another process holds the write lock, or has committed since that snapshot, SQLite refuses the
// upgrade at once with SQLITE_BUSY, without waiting for the busy timeout, since waiting could not make a stale
// snapshot current. Prisma reports it as P1008. Every save here reads before it writes (version, references, slug):
// 3 processes × 5 writers in tests/db/concurrent-writes.test.ts failed 195 of 243 saves, and two app servers with
// 10 writers each (e2e/shared-database.spec.ts) answered 66 of 310 creates with 500. BEGIN IMMEDIATE takes the
// write lock first, so a transaction that has begun can finish.
//
// Waiting for that lock is done here, not by SQLite's busy timeout: better-sqlite3 is synchronous, so its busy
// handler stops the whole server while it sleeps, and sleeps up to 100 ms between tries, so it rarely finds the
// lock free between two transactions of a busy server. With BEGIN IMMEDIATE and a 5 s busy timeout, 3 processes
// still failed 2 of 16 saves with P1008. The connection is opened with no busy timeout; a statement that finds the
// file locked is tried again after a pause of a few milliseconds, for up to `lockWaitMs`, while the server goes on
// serving.
import {
  DriverAdapterError,
  type IsolationLevel,
  isDriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import { lockWaitMs } from "./connection";

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

// The adapter reports every SQLITE_BUSY* code as a socket timeout (Prisma's P1008).
const isBusy = (error: unknown) => isDriverAdapterError(error) && error.cause.kind === "SocketTimeout";

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

// Between tries for a lock: 1 ms, growing to 4, give or take half, so waiting servers do not try in step.
const pause = (attempt: number) => sleep(Math.min(1 + attempt, 4) * (0.5 + Math.random()));

// SQLite's lock is not a queue: a server that begins its next transaction the moment its last one ends takes the
// lock again before a waiting server's next try. So while other processes write, a transaction that would begin
// within `courtesyMs` of the last one's end waits for that long first: longer than the longest pause, so a waiting
// server gets its chance (3 processes × 5 writers, 6 s: 95, 101 and 108 saves each). Alone on the file, a server
// never waits: waiting always cost 5 writers in one process a third of their saves (6 s: 264–315 against 353–565).
const courtesyMs = 8;
const contentionMemoryMs = 2000;

/** Runs a statement, trying again while another process holds the lock it needs. */
async function whenUnlocked<T>(run: () => Promise<T>, onBusy?: () => void): Promise<T> {
  const deadline = Date.now() + lockWaitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      onBusy?.();
      await pause(attempt);
    }
  }
}

/** Turns after one another: each caller gets its turn once every earlier turn is released. */
class Turns {
  #last: Promise<void> = Promise.resolve();

  take(): Promise<() => void> {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const turn = this.#last.then(() => release);
    this.#last = this.#last.then(() => done);
    return turn;
  }
}

class ImmediateTransactions implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly #connection: SqlDriverAdapter;
  // One connection, so one transaction at a time, as in the adapter.
  readonly #transactions = new Turns();
  // Settles when the open transaction ends. Statements outside a transaction wait for it: run while another
  // request's transaction is open, they would become part of it, seeing its uncommitted rows, and an acknowledged
  // write (a session, a sign-in attempt) would vanish if it rolled back.
  #open: Promise<void> | undefined;
  #lastEnded = 0;
  // When this connection last met another process's writes: its lock in the way, or its commits in the file
  // (SQLite's data_version changes only for other connections' commits).
  #contendedAt = Number.NEGATIVE_INFINITY;
  #dataVersion: string | undefined;

  constructor(connection: SqlDriverAdapter) {
    this.#connection = connection;
    this.provider = connection.provider;
    this.adapterName = connection.adapterName;
  }

  // The driver runs a statement as soon as it is called, so nothing can begin between the check and the statement.
  async #outsideTransactions<T>(run: () => Promise<T>): Promise<T> {
    return whenUnlocked(async () => {
      while (this.#open) await this.#open;
      return run();
    });
  }

  queryRaw(query: SqlQuery) {
    return this.#outsideTransactions(() => this.#connection.queryRaw(query));
  }

  executeRaw(query: SqlQuery) {
    return this.#outsideTransactions(() => this.#connection.executeRaw(query));
  }

  executeScript(script: string) {
    return this.#outsideTransactions(() => this.#connection.executeScript(script));
  }

  dispose() {
    return this.#connection.dispose();
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    // SQLite's transactions are serializable; the adapter refuses the other levels the same way.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE")
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    const connection = this.#connection;
    const releaseTurn = await this.#transactions.take();
    const sinceLast = performance.now() - this.#lastEnded;
    if (performance.now() - this.#contendedAt < contentionMemoryMs && sinceLast < courtesyMs) await sleep(courtesyMs - sinceLast);
    const contended = () => (this.#contendedAt = performance.now());
    try {
      await whenUnlocked(() => connection.executeRaw(statement("BEGIN IMMEDIATE")), contended);
    } catch (error) {
      releaseTurn();
      throw error;
    }
    // Only a hint for the courtesy above: a failure to read it changes nothing else.
    const dataVersion = await connection.queryRaw(statement("PRAGMA data_version")).then(
      (result) => String(result.rows[0]?.[0]),
      () => undefined,
    );
    if (this.#dataVersion !== undefined && dataVersion !== this.#dataVersion) contended();
    this.#dataVersion = dataVersion;
    let ended!: () => void;
    const open = new Promise<void>((resolve) => (ended = resolve));
    this.#open = open;
    const end = () => {
      if (this.#open !== open) return;
      this.#open = undefined;
      this.#lastEnded = performance.now();
      ended();
      releaseTurn();
    };
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      // Prisma sends COMMIT and ROLLBACK itself, then calls commit() or rollback() to hand the connection back.
      options: { usePhantomQuery: false },
      queryRaw: (query) => connection.queryRaw(query),
      // In rollback-journal mode COMMIT waits for other processes' readers; SQLite keeps the transaction open when
      // it cannot, so it is tried again.
      executeRaw: (query) => (query.sql === "COMMIT" ? whenUnlocked(() => connection.executeRaw(query)) : connection.executeRaw(query)),
      commit: async () => end(),
      rollback: async () => {
        // After a COMMIT that failed, SQLite keeps the transaction open and Prisma only calls rollback(): end it here,
        // so the next turn starts clean. After Prisma's own ROLLBACK there is none left and SQLite says so.
        await connection.executeRaw(statement("ROLLBACK")).catch(() => undefined);
        end();
      },
      createSavepoint: async (name) => void (await connection.executeRaw(statement(`SAVEPOINT ${name}`))),
      rollbackToSavepoint: async (name) => void (await connection.executeRaw(statement(`ROLLBACK TO ${name}`))),
      releaseSavepoint: async (name) => void (await connection.executeRaw(statement(`RELEASE SAVEPOINT ${name}`))),
    };
  }
}

/** The adapter factory, its connections starting every transaction with BEGIN IMMEDIATE. */
export function withImmediateTransactions(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new ImmediateTransactions(await factory.connect()),
    connectToShadowDb: async () => new ImmediateTransactions(await factory.connectToShadowDb()),
  };
}
