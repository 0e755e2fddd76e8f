#!/usr/bin/env node
// Prepares the browser tests' servers: throw-away databases, migrated the ordinary way and seeded, and a
// production build (skipped when E2E_SKIP_BUILD=1 and a build exists). Run by Playwright's first webServer.
// The databases are SQLite files in .tmp, or, when DATABASE_URL is postgresql://…/<name>, databases
// <name>_e2e, <name>_e2e_fresh… on that server (e2e/databases.mjs names them):
// - seeded (.tmp/e2e.db): the seed, the table's test records and the test accounts. Served twice: with reading
//   open to the public, and with ACCORDS_PUBLIC_READ=false (two app servers sharing one database).
// - fresh: the same without any account, for the first-run test.
// - writes: a copy of the seeded one, for the tests that add and change records through the forms, so the
//   table's tests keep counting on known data while those run.
// - probe: another copy, for the probe of the sign-in limits, which locks accounts out.
// - shared: another copy, served by two app servers at once, for the test of concurrent writes from both
//   (e2e/shared-database.spec.ts), which adds hundreds of agreements.
// The build reads no database (DATABASE_URL is read when a server starts), so one build serves both engines.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { e2eBaseUrl, e2eDatabaseUrls, isPostgresUrl, postgresDatabaseName } from "../e2e/databases.mjs";

const urls = e2eDatabaseUrls();
const run = (command, args) => execFileSync(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: urls.seeded } });
const fill = () => {
  run("node_modules/.bin/prisma", ["migrate", "deploy"]);
  run("node_modules/.bin/tsx", ["prisma/seed.ts"]);
  run("node_modules/.bin/tsx", ["e2e/fixtures/load-table-records.ts"]);
};
const addAccounts = () => run("node_modules/.bin/tsx", ["e2e/fixtures/load-accounts.ts"]);
const copies = [urls.writes, urls.probe, urls.shared];

if (isPostgresUrl(e2eBaseUrl())) {
  const admin = await adminConnection(e2eBaseUrl());
  const name = (url) => `"${postgresDatabaseName(url).replaceAll('"', '""')}"`;
  try {
    // FORCE ends the connections of a previous run's servers, if any were left behind.
    for (const url of Object.values(urls)) await admin.query(`DROP DATABASE IF EXISTS ${name(url)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name(urls.seeded)}`);
    fill();
    // A template must have no other connection: every step above has ended its own.
    await admin.query(`CREATE DATABASE ${name(urls.fresh)} TEMPLATE ${name(urls.seeded)}`);
    addAccounts();
    for (const copy of copies) await admin.query(`CREATE DATABASE ${name(copy)} TEMPLATE ${name(urls.seeded)}`);
  } finally {
    await admin.end();
  }
} else {
  const file = (url) => url.slice("file:".length);
  mkdirSync(path.dirname(file(urls.seeded)), { recursive: true });
  for (const url of Object.values(urls)) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file(url) + suffix, { force: true });
  }
  const vacuumInto = (database, url) => database.exec(`VACUUM INTO '${file(url).replaceAll("'", "''")}'`);
  fill();
  const database = new Database(file(urls.seeded));
  vacuumInto(database, urls.fresh);
  database.close();
  addAccounts();
  const withAccounts = new Database(file(urls.seeded));
  for (const copy of copies) vacuumInto(withAccounts, copy);
  withAccounts.close();
}
if (!(process.env.E2E_SKIP_BUILD === "1" && existsSync(".next/BUILD_ID"))) run("node_modules/.bin/next", ["build"]);

/**
 * A connection to make and drop the test databases from: the database DATABASE_URL names, which is left as it is,
 * or the server's `postgres` database when that one does not exist (3D000).
 * @param {string} url
 */
async function adminConnection(url) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error).code !== "3D000") throw error;
    const fallback = new URL(url);
    fallback.pathname = "/postgres";
    const maintenance = new pg.Client({ connectionString: fallback.toString() });
    await maintenance.connect();
    return maintenance;
  }
}
