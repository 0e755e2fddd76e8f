#!/usr/bin/env node
// Prepares the browser tests' servers: two throw-away databases, migrated the ordinary way and seeded, and a
// production build (skipped when E2E_SKIP_BUILD=1 and a build exists). Run by Playwright's first webServer.
// - .tmp/e2e.db: the seed, the table's test records and the test accounts. Served twice: with reading open
//   to the public, and with ACCORDS_PUBLIC_READ=false (two app servers sharing one database).
// - .tmp/e2e-fresh.db: the same without any account, for the first-run test.
// - .tmp/e2e-writes.db: a copy of the first, for the tests that add and change records through the forms, so
//   the table's tests keep counting on known data while those run.
// - .tmp/e2e-probe.db: another copy, for the probe of the sign-in limits, which locks accounts out.
// - .tmp/e2e-shared.db: another copy, served by two app servers at once, for the test of concurrent writes from
//   both (e2e/shared-database.spec.ts), which adds hundreds of agreements.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const databaseFile = path.resolve(".tmp/e2e.db");
const freshFile = path.resolve(".tmp/e2e-fresh.db");
const writesFile = path.resolve(".tmp/e2e-writes.db");
const probeFile = path.resolve(".tmp/e2e-probe.db");
const sharedFile = path.resolve(".tmp/e2e-shared.db");
mkdirSync(path.dirname(databaseFile), { recursive: true });
for (const file of [databaseFile, freshFile, writesFile, probeFile, sharedFile]) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

const env = { ...process.env, DATABASE_URL: `file:${databaseFile}` };
const run = (command, args) => execFileSync(command, args, { stdio: "inherit", env });

run("node_modules/.bin/prisma", ["migrate", "deploy"]);
run("node_modules/.bin/tsx", ["prisma/seed.ts"]);
run("node_modules/.bin/tsx", ["e2e/fixtures/load-table-records.ts"]);
const database = new Database(databaseFile);
database.exec(`VACUUM INTO '${freshFile.replaceAll("'", "''")}'`);
database.close();
run("node_modules/.bin/tsx", ["e2e/fixtures/load-accounts.ts"]);
const withAccounts = new Database(databaseFile);
for (const copy of [writesFile, probeFile, sharedFile]) withAccounts.exec(`VACUUM INTO '${copy.replaceAll("'", "''")}'`);
withAccounts.close();
if (!(process.env.E2E_SKIP_BUILD === "1" && existsSync(".next/BUILD_ID"))) run("node_modules/.bin/next", ["build"]);
