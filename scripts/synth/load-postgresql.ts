// Fills a PostgreSQL database: migrated by the Prisma CLI, seeded like the app's own, then the synthetic rows go
// in with COPY, one connection per table so the server takes the six streams side by side. Foreign keys and
// secondary indexes (the trigram ones too) are set aside during the load and made again once at the end, which
// checks and sorts every row once instead of row by row; their definitions come from the migrated database.
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createPrismaClient } from "@/lib/db/create-client";
import { recountTalliesSql } from "@/lib/db/sql/tallies";
import { seedDatabase } from "@/prisma/seed/seed";
import { copyText } from "./copy-text";
import type { SynthCountry, SynthDomain } from "./generate";
import type { PhaseTimer } from "./phases";
import { synthPlan } from "./plan";
import type { startSynthWorker } from "./producer";
import { progressBar } from "./progress";
import { synthTables, type SynthTable } from "./rows";

interface PostgresqlLoad {
  url: string;
  count: number;
  seed: number;
  worker: ReturnType<typeof startSynthWorker>;
  phases: PhaseTimer;
}

const bulkTables = ["Agreement", "AgreementParty", "AgreementDomain", "Signatory", "Visit"];

/** The secondary indexes (not those behind a primary key) and the foreign keys of the tables the load fills. */
async function deferredSchema(client: pg.Client) {
  const names = bulkTables.map((table) => `"${table}"`);
  const indexes = await client.query<{ name: string; sql: string }>(
    `SELECT quote_ident(i.relname) AS name, pg_get_indexdef(x.indexrelid) AS sql
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = ANY($1::text[]::regclass[]) AND NOT x.indisprimary`,
    [names],
  );
  const foreignKeys = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS "table", quote_ident(conname) AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::text[]::regclass[])`,
    [names],
  );
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // A failed load is simply run again, so nothing needs to wait for the disk.
  await client.query("SET synchronous_commit = off");
  return client;
}

async function planFor(client: pg.Client, seed: number, count: number) {
  const nextId = async (table: string) => Number((await client.query(`SELECT COALESCE(max(id), 0) + 1 AS id FROM "${table}"`)).rows[0].id);
  return synthPlan({
    seed,
    count,
    countries: (await client.query<Omit<SynthCountry, "capital">>(`SELECT code, "nameEn", "nameFr", "nameAr" FROM "Country"`)).rows,
    domains: (await client.query<SynthDomain>(`SELECT id, "nameEn", "nameFr" FROM "CooperationDomain"`)).rows,
    nextIds: { Person: await nextId("Person"), Agreement: await nextId("Agreement"), Visit: await nextId("Visit") },
  });
}

export async function synthPostgresql({ url, count, seed, worker, phases }: PostgresqlLoad): Promise<void> {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  phases.end("schema");
  const prisma = createPrismaClient(url);
  await seedDatabase(prisma);
  await prisma.$disconnect();
  phases.end("seed");

  const client = await connect(url);
  const plan = await planFor(client, seed, count);
  const { indexes, foreignKeys } = await deferredSchema(client);
  for (const { table, name } of foreignKeys) await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
  for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);

  const streams = await Promise.all(
    Object.entries(synthTables).map(async ([table, columns]) => {
      const connection = await connect(url);
      const stream = connection.query(copyFrom(`COPY "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) FROM STDIN`));
      return { table: table as SynthTable, width: columns.length, connection, stream };
    }),
  );
  const bar = progressBar(count);
  let loaded = 0;
  for await (const batch of worker.batches(plan)) {
    const waits = streams.map(({ table, width, stream }) =>
      stream.write(copyText(batch.rows[table], width)) ? undefined : once(stream, "drain"),
    );
    await Promise.all(waits);
    loaded += batch.agreements;
    bar.update(loaded);
  }
  await Promise.all(
    streams.map(async ({ stream, connection }) => {
      stream.end();
      await finished(stream);
      await connection.end();
    }),
  );
  bar.stop();
  phases.end("rows", { count, of: "agreements" });

  console.log("db:synth: rebuilding indexes and foreign keys…");
  await client.query("SET maintenance_work_mem = '512MB'");
  for (const { sql } of indexes) await client.query(sql);
  phases.end("indexes");
  for (const { table, name, definition } of foreignKeys) await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} ${definition}`);
  phases.end("foreign keys");
  // The rows came with their ids, so the sequences must move past them before the app adds its own.
  for (const table of ["Person", "Agreement", "Visit"]) {
    await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
  }
  // The dashboard's counts, which the record writer keeps for each later write.
  for (const { sql } of recountTalliesSql("postgresql")) await client.query(sql);
  phases.end("counts");
  await client.query(`INSERT INTO "ChangeCounter" (scope, version) VALUES ('agreements', 1)
    ON CONFLICT (scope) DO UPDATE SET version = "ChangeCounter".version + 1`);
  // Planner statistics, and the visibility map that lets counts be answered from the indexes alone, as
  // autovacuum would leave them on a database that has been running for a while.
  await client.query("VACUUM (ANALYZE)");
  phases.end("statistics");
  await client.end();
}
