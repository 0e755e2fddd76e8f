// `prisma migrate deploy` upgrades a database made before search inside words: the search_inside_words
// migration replaces the word indexes with trigram indexes filled from the rows already there, and the
// triggers of the earlier migrations go on feeding them. SQLite only: the upgrade is of SQLite's FTS5 tables, and
// PostgreSQL's first migration came with its trigram indexes.
import Database from "better-sqlite3";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { pageQuery } from "@/lib/db/sql/agreement-search";
import { visitPageQuery } from "@/lib/db/sql/visit-search";
import { parseVisitSearch } from "@/lib/visits/search-parser";
import { seedDatabase } from "@/prisma/seed/seed";
import { applyMigrations } from "@/scripts/synth/migrate";
import { createTestDatabase, testEngine, type TestDatabase } from "../helpers/test-database";

const upgrade = "20261204060000_search_inside_words";
let database: TestDatabase;
let earlier: string;
let deployOutput = "";

function agreementSlugs(q: string): string[] {
  const { sql, params } = pageQuery(parseAgreementSearch(new URLSearchParams({ q })), "en", 0);
  const sqlite = new Database(database.sqliteFile(), { readonly: true });
  try {
    return sqlite
      .prepare(`SELECT a.slug FROM (${sql}) page JOIN Agreement a ON a.id = page.id`)
      .all(...params)
      .map((row) => (row as { slug: string }).slug)
      .sort();
  } finally {
    sqlite.close();
  }
}

function visitSlugs(q: string): string[] {
  const { sql, params } = visitPageQuery(parseVisitSearch(new URLSearchParams({ q })), "en", 0);
  const sqlite = new Database(database.sqliteFile(), { readonly: true });
  try {
    return sqlite
      .prepare(`SELECT v.slug FROM (${sql}) page JOIN Visit v ON v.id = page.id`)
      .all(...params)
      .map((row) => (row as { slug: string }).slug);
  } finally {
    sqlite.close();
  }
}

describe.skipIf(testEngine !== "sqlite")("upgrading to search inside words", () => {
  beforeAll(async () => {
    // The database as it was: every migration before the upgrade, holding today's seed. The seed is written through
    // Prisma on a database made by every migration (today's client reads and writes today's columns), then copied
    // over column by column: what the earlier schema lacks stays behind, and its triggers fill its word indexes.
    database = await createTestDatabase("sqlite");
    earlier = mkdtempSync(path.join(os.tmpdir(), "accords-migrations-"));
    for (const entry of readdirSync("prisma/sqlite/migrations", { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name < upgrade)
        cpSync(path.join("prisma/sqlite/migrations", entry.name), path.join(earlier, entry.name), { recursive: true });
    }
    applyMigrations(database.sqliteFile(), earlier);
    const current = await createTestDatabase("sqlite");
    try {
      await current.prismaCli("migrate", "deploy");
      await seedDatabase(current.prisma());
      await current.disconnect();
      const sqlite = new Database(database.sqliteFile());
      try {
        sqlite.pragma("foreign_keys = OFF");
        sqlite.prepare("ATTACH DATABASE ? AS current").run(current.sqliteFile());
        const columns = (schema: string, table: string) =>
          (sqlite.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as { name: string }[]).map(({ name }) => name);
        const tables = sqlite
          .prepare(
            `SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE '%Fts%' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
          )
          .all() as { name: string }[];
        for (const { name } of tables) {
          const shared = columns("current", name).filter((column) => columns("main", name).includes(column));
          if (shared.length === 0) continue;
          const list = shared.map((column) => `"${column}"`).join(", ");
          sqlite.exec(`INSERT INTO main."${name}" (${list}) SELECT ${list} FROM current."${name}"`);
        }
        sqlite.exec("DETACH DATABASE current");
      } finally {
        sqlite.close();
      }
    } finally {
      await current.remove();
    }
  });
  afterAll(async () => {
    rmSync(earlier, { recursive: true, force: true });
    await database.remove();
  });

  it("found only whole words (as the new SQL asks the old index) before the upgrade", () => {
    expect(agreementSlugs("securite")).toEqual([]);
    expect(agreementSlugs("cybersecurite")).toEqual(["ma-il-cybersecurity-mou", "ma-il-defence-information-protection-agreement"]);
  });

  it("applies the upgrade alone, and finds words inside the rows already there", async () => {
    deployOutput = (await database.prismaCli("migrate", "deploy")).stdout;
    expect(deployOutput).toContain(upgrade);
    expect(agreementSlugs("securite")).toEqual(["ma-il-cybersecurity-mou", "ma-il-defence-information-protection-agreement"]);
    expect(visitSlugs("efenc")).toEqual(["2021-11-gantz-morocco"]);
  });

  it("keeps the new indexes in step with later writes", () => {
    const sqlite = new Database(database.sqliteFile());
    try {
      sqlite.prepare("UPDATE Agreement SET searchText = searchText || ' interoperabilite' WHERE slug = 'ma-il-cybersecurity-mou'").run();
      sqlite.prepare("UPDATE Visit SET searchText = 'rabat' WHERE slug = '2021-11-gantz-morocco'").run();
    } finally {
      sqlite.close();
    }
    expect(agreementSlugs("operabil")).toEqual(["ma-il-cybersecurity-mou"]);
    expect(visitSlugs("efenc")).toEqual([]);
    expect(visitSlugs("abat")).toEqual(["2021-11-gantz-morocco"]);
  });
});
