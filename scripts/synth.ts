// `npm run db:synth -- --count 250000 --db .tmp/bench.db [--replace] [--seed 1]`
// `npm run db:synth -- --count 250000 --db postgresql://user@host:5432/accords_bench [--replace]`
// Fills a separate database with synthetic agreements for benchmarks: a SQLite file, or a PostgreSQL database
// (made when it does not exist). It never touches the app's own database unless that is named explicitly
// together with --allow-dev-db. The rows are made on a worker thread while this one loads them
// (scripts/synth/load-sqlite.ts, load-postgresql.ts); the last line gives the time each phase took.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseUrl } from "@/lib/db/url";
import { synthSqlite } from "./synth/load-sqlite";
import { synthPostgresql } from "./synth/load-postgresql";
import { emptyDatabase } from "./synth/pg-database";
import { phaseTimer } from "./synth/phases";
import { startSynthWorker } from "./synth/producer";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "250000" },
    db: { type: "string" },
    seed: { type: "string", default: "1" },
    replace: { type: "boolean", default: false },
    "allow-dev-db": { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(`db:synth: ${message}`);
  process.exit(2);
}

const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || count > 5_000_000) fail("--count must be a whole number from 1 to 5,000,000");
if (!values.db) fail("--db <file or postgresql:// URL> is required, e.g. --db .tmp/bench.db");
const seed = Number(values.seed);
const postgresql = /^postgres(ql)?:\/\//.test(values.db);
const target = postgresql ? values.db : `file:${path.resolve(values.db)}`;
// The app's database: the one DATABASE_URL names, and prisma/dev.db, its default.
const appDatabases = [databaseUrl(), `file:${path.resolve("prisma/dev.db")}`];
if (appDatabases.includes(target) && !values["allow-dev-db"]) {
  fail("refusing to fill the app's own database; pass --allow-dev-db if that is really what you want");
}

const phases = phaseTimer();
const worker = startSynthWorker();
if (postgresql) {
  try {
    await emptyDatabase(values.db, values.replace);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  await synthPostgresql({ url: values.db, count, seed, worker, phases });
} else {
  const file = path.resolve(values.db);
  if (existsSync(file)) {
    if (!values.replace) fail(`${values.db} exists; pass --replace to start it anew`);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  }
  await synthSqlite({ file, count, seed, worker, phases });
}
// A PostgreSQL URL's password is not repeated on the screen.
const shown = postgresql ? values.db.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@") : values.db;
console.log(`db:synth: ${count.toLocaleString("en")} agreements in ${shown}, ${phases.summary()}`);
