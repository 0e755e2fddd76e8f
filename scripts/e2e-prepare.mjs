#!/usr/bin/env node
// Prepares the browser tests' server: a throw-away database, migrated the ordinary way and seeded, and a
// production build (skipped when E2E_SKIP_BUILD=1 and a build exists). Run by Playwright's webServer.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const databaseFile = path.resolve(".tmp/e2e.db");
mkdirSync(path.dirname(databaseFile), { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(databaseFile + suffix, { force: true });

const env = { ...process.env, DATABASE_URL: `file:${databaseFile}` };
const run = (command, args) => execFileSync(command, args, { stdio: "inherit", env });

run("node_modules/.bin/prisma", ["migrate", "deploy"]);
run("node_modules/.bin/tsx", ["prisma/seed.ts"]);
run("node_modules/.bin/tsx", ["e2e/fixtures/load-table-records.ts"]);
if (!(process.env.E2E_SKIP_BUILD === "1" && existsSync(".next/BUILD_ID"))) run("node_modules/.bin/next", ["build"]);
