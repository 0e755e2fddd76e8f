// The ordinary Prisma CLI works with no access to Prisma's download host: migrations apply and report
// their status through the WebAssembly schema engine that stands in for the native binary.
import Database from "better-sqlite3";
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../helpers/test-database";

const database = createTestDatabase();
const migrationNames = readdirSync("prisma/sqlite/migrations", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("offline migrations", () => {
  let deployOutput = "";
  beforeAll(async () => {
    deployOutput = (await database.prismaCli("migrate", "deploy")).stdout;
  });
  afterAll(() => database.remove());

  it("applies every migration in prisma/sqlite/migrations to a new database", () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect(deployOutput).toContain("All migrations have been successfully applied");
    const sqlite = new Database(database.file, { readonly: true });
    const applied = sqlite.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL").all();
    sqlite.close();
    expect(applied.map((row) => (row as { migration_name: string }).migration_name).sort()).toEqual(migrationNames.sort());
  });

  it("creates a table for every model of the schema", () => {
    const sqlite = new Database(database.file, { readonly: true });
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => (row as { name: string }).name);
    sqlite.close();
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

  it("keeps the full-text indexes and the triggers that feed them", () => {
    const sqlite = new Database(database.file, { readonly: true });
    const names = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE name LIKE 'AgreementFts%' OR name LIKE 'VisitFts%'")
      .all()
      .map((row) => (row as { name: string }).name);
    sqlite.close();
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

  it("reports the database as up to date", async () => {
    const { stdout } = await database.prismaCli("migrate", "status");
    expect(stdout).toContain("Database schema is up to date!");
  });

  it("finds no difference between the migrations and the schema", async () => {
    const { stdout } = await database.prismaCli(
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/sqlite/migrations",
      "--to-schema",
      "prisma/sqlite",
      "--exit-code",
    );
    expect(stdout).toContain("No difference detected");
  });
});
