// Fills a new SQLite file. Bulk loading goes through raw better-sqlite3 in one transaction: Prisma's createMany was
// measured 17–20× slower.
import Database from "better-sqlite3";
import { createPrismaClient } from "@/lib/db/create-client";
import { recountTalliesSql } from "@/lib/db/sql/tallies";
import { seedDatabase } from "@/prisma/seed/seed";
import { bulkInsert } from "./bulk-insert";
import type { SynthCountry, SynthDomain } from "./generate";
import { applyMigrations } from "./migrate";
import type { PhaseTimer } from "./phases";
import { synthPlan } from "./plan";
import type { startSynthWorker } from "./producer";
import { progressBar } from "./progress";
import { synthTables, type SynthTable } from "./rows";

interface SqliteLoad {
  file: string;
  count: number;
  seed: number;
  worker: ReturnType<typeof startSynthWorker>;
  phases: PhaseTimer;
}

export async function synthSqlite({ file, count, seed, worker, phases }: SqliteLoad): Promise<void> {
  applyMigrations(file);
  phases.end("schema");
  const prisma = createPrismaClient(`file:${file}`);
  await seedDatabase(prisma);
  await prisma.$disconnect();
  phases.end("seed");

  const sqlite = new Database(file);
  // Nothing here needs to survive a crash: a failed load is simply run again. So no journal, no syncing and
  // no foreign-key look-ups (the generator only names rows that exist). A larger cache than 256 MB gains nothing.
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("locking_mode = EXCLUSIVE");
  sqlite.pragma("foreign_keys = OFF");
  sqlite.pragma("temp_store = MEMORY");
  sqlite.pragma("cache_size = -262144");

  // The ids AUTOINCREMENT would hand out next, so rows can be made with their ids on another thread.
  const nextId = (table: string) =>
    1 +
    Math.max(
      (sqlite.prepare(`SELECT max(id) AS id FROM "${table}"`).get() as { id: number | null }).id ?? 0,
      (sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = ?").get(table) as { seq: number } | undefined)?.seq ?? 0,
    );
  const plan = synthPlan({
    seed,
    count,
    countries: sqlite.prepare("SELECT code, nameEn, nameFr, nameAr FROM Country").all() as Omit<SynthCountry, "capital">[],
    domains: sqlite.prepare("SELECT id, nameEn, nameFr FROM CooperationDomain").all() as SynthDomain[],
    nextIds: { Person: nextId("Person"), Agreement: nextId("Agreement"), Visit: nextId("Visit") },
  });
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

  sqlite.exec("BEGIN");
  for (const { type, name } of deferred) sqlite.exec(`DROP ${type.toUpperCase()} "${name}"`);
  const bar = progressBar(count);
  let loaded = 0;
  for await (const batch of worker.batches(plan)) {
    for (const { table, insert } of inserts) insert.add(batch.rows[table]);
    loaded += batch.agreements;
    bar.update(loaded);
  }
  for (const { insert } of inserts) insert.flush();
  bar.stop();
  phases.end("rows", { count, of: "agreements" });
  console.log("db:synth: rebuilding indexes and the search index…");
  for (const { sql } of deferred) sqlite.exec(sql);
  phases.end("indexes");
  sqlite.exec("INSERT INTO AgreementFts (AgreementFts) VALUES ('rebuild')");
  sqlite.exec("INSERT INTO VisitFts (VisitFts) VALUES ('rebuild')");
  phases.end("search index");
  // The dashboard's counts, which the record writer keeps for each later write.
  for (const { sql } of recountTalliesSql("sqlite")) sqlite.exec(sql);
  sqlite.exec(`INSERT INTO ChangeCounter (scope, version) VALUES ('agreements', 1)
    ON CONFLICT (scope) DO UPDATE SET version = version + 1`);
  phases.end("counts");
  sqlite.exec("COMMIT");
  phases.end("commit");
  // Planner statistics, so SQLite picks the right indexes on a table of this size.
  sqlite.exec("ANALYZE");
  phases.end("statistics");
  // The app reads and writes the database in WAL mode, as before the load.
  sqlite.pragma("locking_mode = NORMAL");
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  phases.end("close");
}
