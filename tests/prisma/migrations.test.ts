// The ordinary Prisma CLI works with no access to Prisma's download host: migrations apply and report
// their status through the WebAssembly schema engine that stands in for the native binary, on either engine.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();
const folder = `prisma/${database.engine}`;
const migrationNames = readdirSync(`${folder}/migrations`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const tableNames = async () =>
  (
    await database.query<{ name: string }>(
      database.engine === "sqlite"
        ? `SELECT "name" FROM "sqlite_master" WHERE "type" = 'table'`
        : `SELECT "table_name" AS "name" FROM "information_schema"."tables" WHERE "table_schema" = 'public'`,
    )
  ).map((row) => row.name);

/** `migrate diff --exit-code` exits with 2 when it finds a difference, which execFile reports as an error. */
async function diffMigrationsWithSchema(): Promise<{ exitCode: number; stdout: string }> {
  try {
    const { stdout } = await database.prismaCli(
      "migrate",
      "diff",
      "--from-migrations",
      `${folder}/migrations`,
      "--to-schema",
      folder,
      "--exit-code",
    );
    return { exitCode: 0, stdout };
  } catch (error) {
    const { code, stdout } = error as { code?: unknown; stdout?: string };
    if (typeof code !== "number" || stdout === undefined) throw error;
    return { exitCode: code, stdout };
  }
}

describe(`offline migrations (${database.engine})`, () => {
  let deployOutput = "";
  beforeAll(async () => {
    deployOutput = (await database.prismaCli("migrate", "deploy")).stdout;
  });
  afterAll(() => database.remove());

  it(`applies every migration in ${folder}/migrations to a new database`, async () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect(deployOutput).toContain("All migrations have been successfully applied");
    const applied = await database.query<{ migration_name: string }>(
      `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`,
    );
    expect(applied.map((row) => row.migration_name).sort()).toEqual(migrationNames.sort());
  });

  it("creates a table for every model of the schema", async () => {
    const tables = await tableNames();
    for (const table of [
      "Country",
      "Person",
      "Agreement",
      "AgreementParty",
      "Signatory",
      "CooperationDomain",
      "AgreementDomain",
      "AgreementLink",
      "Visit",
      "Meeting",
      "Source",
      "AgreementSource",
      "VisitSource",
    ]) {
      expect(tables).toContain(table);
    }
  });

  it.skipIf(database.engine !== "sqlite")("keeps SQLite's full-text indexes and the triggers that feed them", async () => {
    const names = (
      await database.query<{ name: string }>(
        `SELECT "name" FROM "sqlite_master" WHERE "name" LIKE 'AgreementFts%' OR "name" LIKE 'VisitFts%'`,
      )
    ).map((row) => row.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "AgreementFts",
        "AgreementFts_insert",
        "AgreementFts_update",
        "AgreementFts_delete",
        "VisitFts",
        "VisitFts_insert",
        "VisitFts_update",
        "VisitFts_delete",
      ]),
    );
  });

  it.skipIf(database.engine !== "postgresql")("gives PostgreSQL's searchText columns trigram indexes", async () => {
    const indexes = await database.query<{ table: string; name: string }>(
      `SELECT "tablename" AS "table", "indexname" AS "name" FROM "pg_indexes"
        WHERE "schemaname" = 'public' AND "indexdef" LIKE '%USING gin (lower("searchText") gin_trgm_ops)%' ORDER BY "tablename"`,
    );
    expect(indexes).toEqual([
      { table: "Agreement", name: "Agreement_searchText_trgm_idx" },
      { table: "Visit", name: "Visit_searchText_trgm_idx" },
    ]);
  });

  it("reports the database as up to date", async () => {
    const { stdout } = await database.prismaCli("migrate", "status");
    expect(stdout).toContain("Database schema is up to date!");
  });

  // On PostgreSQL too: the trigram indexes, which the Prisma schema cannot declare for one engine only, index an
  // expression, which Prisma leaves alone (on the plain column, `migrate dev` made a migration that dropped them).
  it("finds no difference between the migrations and the schema", async () => {
    const { exitCode, stdout } = await diffMigrationsWithSchema();
    expect(stdout).toContain("No difference detected");
    expect(exitCode).toBe(0);
  });
});
