// `npm run db:synth -- --count 250000 --db .tmp/bench.db [--replace] [--seed 1]`
// Fills a separate database with synthetic agreements for benchmarks. It never touches the app's own
// database unless that file is named explicitly together with --allow-dev-db. Bulk loading goes through
// raw better-sqlite3 in one transaction: Prisma's createMany was measured 17–20× slower. The rows are made
// on a worker thread while this one inserts them; the last line gives the time each phase took.
import Database from "better-sqlite3";
import { SingleBar, Presets } from "cli-progress";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import worldCountries from "world-countries";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDatabase } from "@/prisma/seed/seed";
import { bulkInsert } from "./synth/bulk-insert";
import type { SynthCountry, SynthDomain } from "./synth/generate";
import { applyMigrations } from "./synth/migrate";
import { startSynthWorker } from "./synth/producer";
import { synthTables, type SynthPlan, type SynthTable } from "./synth/rows";

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
if (!values.db) fail("--db <file> is required, e.g. --db .tmp/bench.db");
const file = path.resolve(values.db);
if (file === path.resolve("prisma/dev.db") && !values["allow-dev-db"]) {
  fail("refusing to fill the app's own database; pass --allow-dev-db if that is really what you want");
}
if (existsSync(file)) {
  if (!values.replace) fail(`${values.db} exists; pass --replace to start it anew`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

const started = performance.now();
const phases: string[] = [];
let phaseStarted = started;
function endPhase(name: string) {
  const now = performance.now();
  phases.push(`${name} ${((now - phaseStarted) / 1000).toFixed(1)}`);
  phaseStarted = now;
}

const synthWorker = startSynthWorker();
applyMigrations(file);
endPhase("schema");
const prisma = createPrismaClient(`file:${file}`);
await seedDatabase(prisma);
await prisma.$disconnect();
endPhase("seed");

const sqlite = new Database(file);
// Nothing here needs to survive a crash: a failed load is simply run again. So no journal, no syncing and
// no foreign-key look-ups (the generator only names rows that exist). A larger cache than 256 MB gains nothing.
sqlite.pragma("journal_mode = OFF");
sqlite.pragma("synchronous = OFF");
sqlite.pragma("locking_mode = EXCLUSIVE");
sqlite.pragma("foreign_keys = OFF");
sqlite.pragma("temp_store = MEMORY");
sqlite.pragma("cache_size = -262144");

const capitals = new Map(worldCountries.map((country) => [country.cca2, country.capital[0] ?? null]));
const countries = (sqlite.prepare("SELECT code, nameEn, nameFr FROM Country").all() as Omit<SynthCountry, "capital">[]).map((country) => ({
  ...country,
  capital: capitals.get(country.code) ?? null,
}));
const domains = sqlite.prepare("SELECT id, nameEn, nameFr FROM CooperationDomain").all() as SynthDomain[];
// The ids AUTOINCREMENT would hand out next, so rows can be made with their ids on another thread.
const nextId = (table: string) =>
  1 +
  Math.max(
    (sqlite.prepare(`SELECT max(id) AS id FROM "${table}"`).get() as { id: number | null }).id ?? 0,
    (sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = ?").get(table) as { seq: number } | undefined)?.seq ?? 0,
  );
const plan: SynthPlan = {
  seed: Number(values.seed),
  count,
  countries,
  domains,
  nextIds: { Person: nextId("Person"), Agreement: nextId("Agreement"), Visit: nextId("Visit") },
  now: new Date().toISOString(),
  agreementsPerBatch: 1000,
};
const inserts = Object.entries(synthTables).map(([table, columns]) => ({
  table: table as SynthTable,
  insert: bulkInsert(sqlite, table, columns),
}));

// Indexes and the search-index triggers are set aside during the load and rebuilt once at the end, which
// is several times faster than maintaining them row by row. Their definitions come from the migrated
// database itself, so the migrations stay the one source of the schema.
const bulkTables = ["Agreement", "AgreementParty", "AgreementDomain", "Signatory", "Visit"];
const deferred = sqlite
  .prepare(
    `SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
      AND tbl_name IN (${bulkTables.map(() => "?").join(", ")})`,
  )
  .all(...bulkTables) as { type: string; name: string; sql: string }[];

const bar = new SingleBar({ format: "db:synth [{bar}] {percentage}% | {value}/{total} agreements | {duration}s" }, Presets.shades_classic);
sqlite.exec("BEGIN");
for (const { type, name } of deferred) sqlite.exec(`DROP ${type.toUpperCase()} "${name}"`);
bar.start(count, 0);
let loaded = 0;
for await (const batch of synthWorker.batches(plan)) {
  for (const { table, insert } of inserts) insert.add(batch.rows[table]);
  loaded += batch.agreements;
  bar.update(loaded);
}
for (const { insert } of inserts) insert.flush();
bar.stop();
endPhase("rows");
console.log("db:synth: rebuilding indexes and the search index…");
for (const { sql } of deferred) sqlite.exec(sql);
endPhase("indexes");
sqlite.exec("INSERT INTO AgreementFts (AgreementFts) VALUES ('rebuild')");
sqlite.exec("INSERT INTO VisitFts (VisitFts) VALUES ('rebuild')");
sqlite.exec(`INSERT INTO ChangeCounter (scope, version) VALUES ('agreements', 1)
  ON CONFLICT (scope) DO UPDATE SET version = version + 1`);
endPhase("search index");
sqlite.exec("COMMIT");
endPhase("commit");
// Planner statistics, so SQLite picks the right indexes on a table of this size.
sqlite.exec("ANALYZE");
endPhase("statistics");
// The app reads and writes the database in WAL mode, as before the load.
sqlite.pragma("locking_mode = NORMAL");
sqlite.pragma("journal_mode = WAL");
sqlite.close();
endPhase("close");
console.log(
  `db:synth: ${count.toLocaleString("en")} agreements in ${values.db}, ${((performance.now() - started) / 1000).toFixed(1)} s (${phases.join(", ")})`,
);
