// Prisma's schema engine compiled to WebAssembly, wired to a JS driver adapter.
// Used by schema-engine.mjs, which stands in for the native `schema-engine` binary
// that the Prisma CLI would otherwise download (impossible offline).

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);

let wasmGlue;

// The engine's panic hook reports the Rust panic message through this global; without it
// a panic surfaces as "Cannot read properties of undefined (reading 'set_message')".
// After a panic the instance must not be used again.
export const panics = { message: null };
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    panics.message = message;
  },
};

// The package's main entry does `import * as wasm from "./x.wasm"`, which Node 20 cannot
// load. So we take the wasm-bindgen JS glue and instantiate the .wasm ourselves. The glue
// keeps the instance in module state, and a second instantiation corrupts it: load once.
export async function loadWasm() {
  if (wasmGlue) return wasmGlue;
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(gluePath);
  const bytes = readFileSync(gluePath.replace(/\.js$/, ".wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  wasmGlue = glue;
  return glue;
}

// SQLite urls are `file:<path>[?params]`. A relative path is left relative: the CLI spawns
// the engine with cwd = the prisma.config.ts directory, and the native engine resolves
// relative paths against its cwd too. Query params (e.g. connection_limit) mean nothing
// to better-sqlite3, which would otherwise treat them as part of the file name.
export function sqliteFilePath(url) {
  if (!url?.startsWith("file:")) return null;
  return url.slice("file:".length).replace(/\?.*$/, "");
}

// The `_prisma_migrations` table as the engine creates it on SQLite (copied from a database
// it initialised), for databases where the wasm engine will not create it itself.
export const SQLITE_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const isPostgresUrl = (url) => /^postgres(ql)?:\/\//.test(url ?? "");

// The SQL provider of schemas given as [path, content] pairs, or of a migrations directory's
// lock file: what `migrate diff` has to go on when no datasource url is configured.
export function declaredProvider({ datamodels = [], lockfiles = [] }) {
  for (const [, content] of datamodels) {
    const m = /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"(\w+)"/s.exec(content);
    if (m) return m[1];
  }
  for (const content of lockfiles) {
    const m = /^\s*provider\s*=\s*"(\w+)"/m.exec(content ?? "");
    if (m) return m[1];
  }
  return null;
}

// The engine replays migration scripts on the shadow database with `executeRaw`, one call
// per script; better-sqlite3 prepares a single statement and rejects multi-statement SQL
// with a RangeError. `exec` runs whole scripts, so route those calls there.
function acceptScripts(queryable) {
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      if (!(e instanceof RangeError) || !/more than one statement/.test(e.message) || query.args.length) throw e;
      try {
        queryable.client.exec(query.sql);
      } catch (execError) {
        queryable.onError(execError); // turns it into the adapter's usual DriverAdapterError
      }
      return 0;
    }
  };
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => acceptScripts(await startTransaction(...args));
  }
  return queryable;
}

// The engine reads PostgreSQL's catalog, whose one-byte `"char"` columns (pg_class.relkind and the like) the adapter
// refuses to convert ("Column type 'char' could not be deserialized"); node-postgres reads them as text, so the
// adapter is told they are text (OID 25), which is what the native engine makes of them.
const PG_CHAR = 18;
const PG_TEXT = 25;

function readCharAsText(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    return result;
  };
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => readCharAsText(await startTransaction(...args));
  }
  return queryable;
}

// Connections opened for the engine, closed on exit: SQLite in the engine's exclusive locking
// mode leaves its journal file behind otherwise, and a Postgres pool would keep us alive.
const openAdapters = new Set();

function tracked(adapter) {
  openAdapters.add(adapter);
  return adapter;
}

export async function disposeAdapters() {
  const adapters = [...openAdapters];
  openAdapters.clear();
  await Promise.allSettled(adapters.map((a) => a.dispose()));
}

async function sqliteFactory(url, shadowDatabaseUrl) {
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const shadow = shadowDatabaseUrl ? `file:${sqliteFilePath(shadowDatabaseUrl)}` : undefined;
  const factory = new PrismaBetterSqlite3({ url }, shadow ? { shadowDatabaseUrl: shadow } : undefined);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => tracked(acceptScripts(await factory.connect())),
    connectToShadowDb: async () => tracked(acceptScripts(await factory.connectToShadowDb())),
  };
}

async function postgresFactory(url, shadowDatabaseUrl) {
  let PrismaPg;
  try {
    ({ PrismaPg } = await import("@prisma/adapter-pg"));
  } catch {
    throw new Error("PostgreSQL needs the driver adapter package `@prisma/adapter-pg`, which is not installed.");
  }
  const factory = new PrismaPg({ connectionString: url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => tracked(readCharAsText(await factory.connect())),
    connectToShadowDb: async () =>
      tracked(
        readCharAsText(
          shadowDatabaseUrl
            ? await new PrismaPg({ connectionString: shadowDatabaseUrl }).connect()
            : await temporaryDatabase(url, PrismaPg),
        ),
      ),
  };
}

// A shadow database made for one command and dropped after it, on the same server. (The adapter's own
// connectToShadowDb reaches the main database instead, because node-postgres lets the connection string win over
// the database name it sets, and it drops the database before closing its own connections to it.)
async function temporaryDatabase(url, PrismaPg) {
  const { default: pg } = await import("pg");
  const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const address = new URL(url);
  address.pathname = `/${name}`;
  const adapter = await new PrismaPg({ connectionString: address.toString() }).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
  return adapter;
}

async function createAdapterFactory({ url, shadowDatabaseUrl }) {
  const path = sqliteFilePath(url);
  if (path !== null) return sqliteFactory(`file:${path}`, shadowDatabaseUrl);
  if (isPostgresUrl(url)) return postgresFactory(url, shadowDatabaseUrl);
  if (!url) throw new Error("No datasource url: set `datasource.url` in prisma.config.ts.");
  throw new Error(`The wasm schema engine stand-in supports file: (SQLite) and postgres(ql):// urls, not "${url.split(":")[0]}:".`);
}

// `datamodels` are [path, content] pairs; `log` receives the engine's tracing output.
export async function createEngine({ datamodels, datasource = {}, log = () => {} }) {
  const { SchemaEngine } = await loadWasm();
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const factory = await createAdapterFactory(datasource);
  // An empty list (e.g. `migrate diff`, started without --datamodels) makes the engine panic.
  const options = { datamodels: datamodels.length ? datamodels : undefined };
  return SchemaEngine.new(options, log, bindMigrationAwareSqlAdapterFactory(factory));
}

// wasm errors are Error objects with a Prisma error code in `.code` (e.g. P3006) when the
// error is user-facing. The CLI prints `data.message` (prefixed with `data.error_code`).
// A Rust panic arrives as "RuntimeError: unreachable"; its message went to `panics`. It is
// reported as an ordinary error (not is_panic), so the CLI prints it instead of offering to
// send an error report to Prisma's servers.
export function toRpcError(error) {
  let message = panics.message ? `The schema engine (wasm) panicked: ${panics.message}` : (error?.message ?? String(error));
  let errorCode = error?.code ?? null;
  let meta = error?.meta ?? null;
  // A failing migration script comes back as the bare database error; the native engine
  // wraps it as P3018, whose text tells the user what to do next.
  const failed = !errorCode && /apply_script\s+with migration_name="([^"]+)"/.exec(message);
  if (failed) {
    errorCode = "P3018";
    meta = { migration_name: failed[1], database_error: message };
    message = [
      "A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve",
      `Migration name: ${failed[1]}`,
      `Database error:\n${message}`,
    ].join("\n\n");
  }
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: false, message, error_code: errorCode, meta },
  };
}
