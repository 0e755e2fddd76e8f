#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the Prisma 7 CLI downloads from
// Prisma's servers (unreachable here). It runs the same engine compiled to WebAssembly
// (@prisma/schema-engine-wasm) and speaks the native binary's protocol, so the ordinary CLI
// (validate, generate, migrate *, db *) keeps working. prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY here.
//
// Protocol, as the CLI expects it (node_modules/prisma/build/cli.js):
//   schema-engine --version                                  -> "schema-engine-cli <hash>"
//   schema-engine --datasource '{"url":…}' cli <command>     -> exit 0, or JSON log lines on stderr + exit 1
//   schema-engine [--datamodels FILE]… [--datasource JSON]   -> JSON-RPC 2.0 over stdin/stdout, one message
//                                                              per line; JSON log lines on stderr
// The CLI starts us with cwd = the directory of the file given with --config, else its own
// cwd (where it found prisma.config.ts); relative SQLite paths resolve against it, as with
// the native engine.

import { readFileSync, existsSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import {
  SQLITE_MIGRATIONS_TABLE,
  createEngine,
  declaredProvider,
  disposeAdapters,
  loadWasm,
  panics,
  sqliteFilePath,
  toRpcError,
} from "./wasm-engine.mjs";

// The CLI reads stderr as tracing-style JSON lines; ERROR lines carry the error shown to the user.
function log(level, message, extra = {}) {
  process.stderr.write(`${JSON.stringify({ level, target: "schema_engine::logger", fields: { message, ...extra } })}\n`);
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--datamodels") args.datamodels.push(argv[++i]);
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types")
      i++; // nothing to do for SQL connectors
    else args.rest.push(a);
  }
  return args;
}

// ---------------------------------------------------------------- `cli` subcommands

// The CLI uses can-connect / create-database before `migrate dev`, `migrate deploy`, `db push`, etc. For SQLite
// these are plain file operations; for PostgreSQL, statements on the server's `postgres` database.
async function runCliCommand(command, { url }) {
  const path = sqliteFilePath(url);
  if (path === null) return runPostgresCliCommand(command, url);
  switch (command) {
    case "can-connect-to-database":
      // P1003 is what makes the CLI offer to create the database.
      if (!existsSync(path)) throw Object.assign(new Error(`Database \`${path}\` does not exist`), { code: "P1003" });
      return;
    case "create-database":
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, "", { flag: "a" }); // an empty file is a valid empty SQLite database
      return;
    case "drop-database":
      removeSqliteFiles(path);
      return;
    default:
      throw new Error(`Unknown cli command: ${command}`);
  }
}

async function runPostgresCliCommand(command, url) {
  if (!/^postgres(ql)?:\/\//.test(url ?? "")) {
    throw Object.assign(new Error("The wasm schema engine stand-in supports file: (SQLite) and postgresql:// urls."), { code: "P1000" });
  }
  const { default: pg } = await import("pg");
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1)) || "postgres";
  const run = async (connectTo, sql) => {
    const address = new URL(url);
    address.pathname = `/${connectTo}`;
    const client = new pg.Client({ connectionString: address.toString() });
    try {
      await client.connect();
      if (sql) await client.query(sql);
    } catch (error) {
      // 3D000: no such database, which is what makes the CLI offer to create it.
      if (error?.code === "3D000") throw Object.assign(new Error(`Database \`${name}\` does not exist`), { code: "P1003" });
      throw Object.assign(new Error(error?.message ?? String(error)), { code: "P1001" });
    } finally {
      await client.end().catch(() => {});
    }
  };
  const quoted = `"${name.replaceAll('"', '""')}"`;
  switch (command) {
    case "can-connect-to-database":
      return run(name);
    case "create-database":
      return run("postgres", `CREATE DATABASE ${quoted}`);
    case "drop-database":
      return run("postgres", `DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    default:
      throw new Error(`Unknown cli command: ${command}`);
  }
}

function removeSqliteFiles(path) {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
}

// ---------------------------------------------------------------- JSON-RPC server

class Server {
  #args;
  #engine = null; // created lazily: creating it opens (and for SQLite creates) the database
  #nextOutgoingId = 1;
  #pendingOutgoing = new Map();

  constructor(args) {
    this.#args = args;
  }

  send(message) {
    process.stdout.write(`${JSON.stringify(message)}\n`);
  }

  // Requests from engine to CLI: the native engine uses a `print` request for `migrate diff`
  // output, so that the CLI controls stdout (it may be redirected with --output).
  request(method, params) {
    const id = this.#nextOutgoingId++;
    this.send({ jsonrpc: "2.0", id, method, params });
    return new Promise((resolve) => this.#pendingOutgoing.set(id, resolve));
  }

  handleResponse(message) {
    this.#pendingOutgoing.get(message.id)?.(message.result);
    this.#pendingOutgoing.delete(message.id);
  }

  #datamodels() {
    return this.#args.datamodels.map((path) => [path, readFileSync(path, "utf8")]);
  }

  async #getEngine() {
    this.#engine ??= createEngine({ datamodels: this.#datamodels(), datasource: this.#args.datasource, log: engineLog });
    return this.#engine;
  }

  async #dropEngine() {
    const engine = await this.#engine?.catch(() => null);
    this.#engine = null;
    engine?.free();
    await disposeAdapters();
  }

  async dispatch(method, params = {}) {
    switch (method) {
      case "devDiagnostic":
      case "diagnoseMigrationHistory":
      case "markMigrationApplied":
        return this.#withMigrationsTable(method, params);
      case "evaluateDataLoss":
      case "createMigration":
        return this.#withMigrationHistorySchema(method, params);
      case "diff":
        return this.#diff(params);
      case "reset":
        return this.#reset(params);
      case "version":
      case "getDatabaseVersion": // the wasm engine knows only its own database: no params
        return (await this.#getEngine()).version();
      case "createDatabase":
        await runCliCommand("create-database", this.#args.datasource);
        return { databaseName: sqliteFilePath(this.#args.datasource.url) ?? new URL(this.#args.datasource.url).pathname.slice(1) };
      default: {
        const engine = await this.#getEngine();
        if (typeof engine[method] !== "function" || method === "free" || method === "debugPanic") {
          throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
        }
        return engine[method](params);
      }
    }
  }

  // On a database without `_prisma_migrations` the wasm engine fails with P1014 where the
  // native one treats the history as empty (and creates the table when it writes to it).
  // Read-only diagnosis is answered as the native engine would; the others get the table
  // created and are retried.
  async #withMigrationsTable(method, params) {
    const engine = await this.#getEngine();
    try {
      return await engine[method](params);
    } catch (error) {
      if (error?.code !== "P1014" || !/_prisma_migrations/.test(error.message)) throw error;
      if (method === "diagnoseMigrationHistory" && !params.optInToShadowDatabase) {
        const names = params.migrationsList.migrationDirectories.map((d) => d.path);
        const history = names.length ? { diagnostic: "databaseIsBehind", unappliedMigrationNames: names } : null;
        return { history, failedMigrationNames: [], editedMigrationNames: [], hasMigrationsTable: false };
      }
      await this.#createMigrationsTable(engine, params);
      return engine[method](params);
    }
  }

  // For SQLite, the engine's own DDL: unlike an empty applyMigrations, it also works on a
  // non-empty database (baselining with `migrate resolve --applied`, drift detection).
  async #createMigrationsTable(engine, params) {
    if (sqliteFilePath(this.#args.datasource.url) !== null) {
      return engine.dbExecute({ datasourceType: { tag: "url", url: this.#args.datasource.url }, script: SQLITE_MIGRATIONS_TABLE });
    }
    const filters = params.filters ?? { externalTables: [], externalEnums: [] };
    return engine.applyMigrations({ migrationsList: { ...params.migrationsList, migrationDirectories: [] }, filters });
  }

  // These two take the schema the migration history produces from a cache keyed by the list
  // of migrations, which only devDiagnostic / diagnoseMigrationHistory fill (they are the
  // only ones handed the shadow-database factory). After `migrate dev` applied pending
  // migrations, or after a reset started a fresh engine, the key differs and the wasm
  // engine fails instead of replaying. Diagnosing with the full, now applied, list fills it.
  async #withMigrationHistorySchema(method, params) {
    const engine = await this.#getEngine();
    try {
      return await engine[method](params);
    } catch (error) {
      if (!/shadow DB must be provided through an external factory/i.test(error?.message)) throw error;
      await engine.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters,
      });
      return engine[method](params);
    }
  }

  // `migrate diff` between schemas / migrations / empty does not involve the configured
  // database, and opening it would create the SQLite file as a side effect: use an
  // in-memory database unless a side actually refers to the live database.
  async #diff(params) {
    const sides = [params.from, params.to];
    const live = sides.some((t) => t?.tag === "url" || t?.tag === "schemaDatasource");
    const url = this.#args.datasource.url;
    const datamodels = sides.flatMap((t) => t?.files ?? []).map((f) => [f.path, f.content]);
    const lockfiles = sides.map((t) => t?.lockfile?.content);
    const sqlite = url ? sqliteFilePath(url) !== null : declaredProvider({ datamodels, lockfiles }) === "sqlite";
    const engine =
      !live && sqlite ? await createEngine({ datamodels, datasource: { url: "file::memory:" }, log: engineLog }) : await this.#getEngine();
    const result = await engine.diff(params);
    if (result.stdout != null) await this.request("print", { content: result.stdout });
    return { exitCode: result.exitCode, stdout: null };
  }

  // The wasm `reset` leaves SQLite tables in place; the native engine deletes the file.
  // Do that, and start a fresh engine on the new file.
  async #reset(params) {
    const path = sqliteFilePath(this.#args.datasource.url);
    if (path === null) return (await this.#getEngine()).reset(params);
    await this.#dropEngine();
    removeSqliteFiles(path);
    writeFileSync(path, "");
    return null;
  }
}

function engineLog(line) {
  process.stderr.write(line.endsWith("\n") ? line : `${line}\n`);
}

async function serve(args) {
  const server = new Server(args);
  let queue = Promise.resolve();
  let current = null; // id of the request being run, to answer it if the engine crashes

  // A malformed request can make the wasm glue throw outside any promise we hold;
  // answer the request in flight instead of leaving the CLI waiting, then stop.
  const onCrash = (error) => {
    log("ERROR", error?.message ?? String(error));
    if (current !== null) server.send({ jsonrpc: "2.0", id: current, error: toRpcError(error) });
    process.exit(1);
  };
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);

  // The CLI closes stdin when done and, on Unix, sends SIGTERM right after: finish what was
  // asked, close the connections, then exit.
  const shutdown = () => queue.then(disposeAdapters).finally(() => process.exit(0));
  process.on("SIGTERM", shutdown);

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      server.send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined) return server.handleResponse(message);
    // One request at a time: the engine is not meant to run commands concurrently. Responses
    // to our own `print` requests bypass the queue, so a request may wait for them.
    queue = queue.then(async () => {
      current = message.id;
      try {
        const result = await server.dispatch(message.method, message.params);
        server.send({ jsonrpc: "2.0", id: message.id, result: result ?? null });
      } catch (error) {
        const rpcError = error?.rpcCode ? { code: error.rpcCode, message: error.message } : toRpcError(error);
        server.send({ jsonrpc: "2.0", id: message.id, error: rpcError });
        if (panics.message) shutdown(); // runs after this task; a panicked instance must not be used again
      } finally {
        current = null;
      }
    });
  });
  lines.on("close", shutdown);
}

// ---------------------------------------------------------------- main

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.rest.includes("--version")) {
    const { version } = await loadWasm();
    process.stdout.write(`schema-engine-cli ${version()}\n`);
    return;
  }
  if (args.rest[0] === "cli") {
    // The CLI skips the first stderr line of a `cli` run and parses the rest as JSON.
    log("INFO", "Starting schema engine CLI (wasm stand-in)");
    try {
      await runCliCommand(args.rest[1], args.datasource);
    } catch (error) {
      log("ERROR", error.message, { error_code: error.code ?? "P1000" });
      process.exitCode = 1;
    }
    return;
  }
  await serve(args);
}

main().catch((error) => {
  log("ERROR", error?.stack ?? String(error));
  process.exit(1);
});
