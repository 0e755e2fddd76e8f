// Both tables' text search against its definition, on random texts and queries: a row is found exactly when
// every word of the query, normalised, is a substring of its searchText (the rule a PostgreSQL version must
// give too). The random rows are written, changed and deleted straight in SQLite, so the triggers that keep
// the trigram indexes in step are exercised as well.
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAgreementSearch } from "@/lib/agreements/search-params";
import { searchTextFromParts } from "@/lib/agreements/search-text";
import { allIdsQuery, countQuery } from "@/lib/db/sql/agreement-search";
import { visitCountQuery, visitPageQuery } from "@/lib/db/sql/visit-search";
import { searchTerms } from "@/lib/search/normalize";
import { parseVisitSearch } from "@/lib/visits/search-params";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "../helpers/test-database";

const database = createTestDatabase();
let sqlite: Database.Database;
let personId: number;

// Few letters, so that random words share substrings; with case, accents, ligatures, other scripts and the
// punctuation and FTS5 syntax that normalisation turns into spaces.
const alphabet = [..."aabcdeirstAÉéèœøłßдДגא中1", " ", " ", "-", "'", '"', "*", "(", ")", ":", "^"];
const rawText = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((characters) => characters.join(""));
const rows = fc.array(fc.record({ parts: fc.array(rawText, { minLength: 1, maxLength: 3 }), archived: fc.boolean() }), {
  minLength: 1,
  maxLength: 25,
});
/** A query: random text, or a piece of one of the rows' texts (so that queries also find something). */
const query = (texts: string[]) =>
  fc.oneof(
    rawText,
    fc
      .record({ text: fc.constantFrom(...texts), start: fc.nat(), length: fc.integer({ min: 1, max: 8 }) })
      .map(({ text, start, length }) => text.slice(start % (text.length || 1), (start % (text.length || 1)) + length)),
  );

/** The definition: the ids of the rows (not archived) whose searchText holds every word of q. */
function bruteForce(table: "Agreement" | "Visit", q: string): number[] {
  const words = searchTerms(q);
  const all = sqlite.prepare(`SELECT id, searchText FROM "${table}" WHERE archived = 0 ORDER BY id`).all() as {
    id: number;
    searchText: string;
  }[];
  return all.filter((row) => words.every((word) => row.searchText.includes(word))).map((row) => row.id);
}

function agreementIds(q: string): number[] {
  const search = parseAgreementSearch(new URLSearchParams({ q }));
  const { sql, params } = allIdsQuery(search, "en");
  const ids = sqlite.prepare(sql).all(...params) as { id: number }[];
  const total = countQuery(search);
  expect((sqlite.prepare(total.sql).get(...total.params) as { total: number }).total).toBe(ids.length);
  return ids.map((row) => row.id).sort((a, b) => a - b);
}

function visitIds(q: string): number[] {
  const search = parseVisitSearch(new URLSearchParams({ q, size: "100" }));
  const { sql, params } = visitPageQuery(search, "en", 0);
  const ids = sqlite.prepare(sql).all(...params) as { id: number }[];
  const total = visitCountQuery(search);
  expect((sqlite.prepare(total.sql).get(...total.params) as { total: number }).total).toBe(ids.length);
  return ids.map((row) => row.id).sort((a, b) => a - b);
}

/** Replaces the previous run's random rows with these, then changes the text of every other one. */
function writeRows(table: "Agreement" | "Visit", made: { parts: string[]; archived: boolean }[]): void {
  sqlite.prepare(`DELETE FROM "${table}" WHERE slug LIKE 'random-%'`).run();
  const insert =
    table === "Agreement"
      ? sqlite.prepare(`INSERT INTO Agreement (slug, title, titleLanguage, form, status, updatedAt, archived, searchText)
          VALUES (?, 'Random', 'en', 'AGREEMENT', 'SIGNED', CURRENT_TIMESTAMP, ?, ?)`)
      : sqlite.prepare(`INSERT INTO Visit (slug, visitorId, visitorCountryCode, hostCountryCode, kind, updatedAt, archived, searchText)
          VALUES (?, ${personId}, 'FR', 'MA', 'OFFICIAL', CURRENT_TIMESTAMP, ?, ?)`);
  const update = sqlite.prepare(`UPDATE "${table}" SET searchText = ? WHERE slug = ?`);
  made.forEach((row, index) => {
    insert.run(`random-${index}`, row.archived ? 1 : 0, searchTextFromParts(row.parts));
    if (index % 2 === 1) update.run(searchTextFromParts([...row.parts].reverse().concat("zz")), `random-${index}`);
  });
}

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  await seedDatabase(database.prisma());
  sqlite = new Database(database.file);
  personId = Number(
    sqlite.prepare("INSERT INTO Person (name, updatedAt) VALUES ('Random Person', CURRENT_TIMESTAMP)").run().lastInsertRowid,
  );
});
afterAll(async () => {
  sqlite.close();
  await database.remove();
});

describe("text search, against its definition", () => {
  it("finds exactly the agreements whose search text holds every word of the query", () => {
    fc.assert(
      fc.property(
        rows.chain((made) =>
          fc.tuple(fc.constant(made), fc.array(query(made.flatMap((row) => row.parts)), { minLength: 1, maxLength: 5 })),
        ),
        ([made, queries]) => {
          writeRows("Agreement", made);
          for (const q of queries) expect(agreementIds(q), q).toEqual(bruteForce("Agreement", q));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("finds exactly the visits whose search text holds every word of the query", () => {
    fc.assert(
      fc.property(
        rows.chain((made) =>
          fc.tuple(fc.constant(made), fc.array(query(made.flatMap((row) => row.parts)), { minLength: 1, maxLength: 5 })),
        ),
        ([made, queries]) => {
          writeRows("Visit", made);
          for (const q of queries) expect(visitIds(q), q).toEqual(bruteForce("Visit", q));
        },
      ),
      { numRuns: 150 },
    );
  });
});
