// Both tables' text search against its definition, on random texts and queries: a row is found exactly when
// every word of the query, normalised, is a substring of its searchText (the rule a PostgreSQL version must
// give too). The random rows are written, changed and deleted straight in SQL, so the triggers that keep SQLite's
// trigram indexes in step (and PostgreSQL's trigram indexes) are exercised as well.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { searchTextFromParts } from "@/lib/agreements/search-text";
import { allIdsQuery, countQuery } from "@/lib/db/sql/agreement-search";
import { visitCountQuery, visitPageQuery } from "@/lib/db/sql/visit-search";
import { searchTerms } from "@/lib/search/normalize";
import { parseVisitSearch } from "@/lib/visits/search-parser";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();
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

type TextRow = { id: number; searchText: string };

/** Every row the search may find (not archived), read once per set of random rows. */
const searchableRows = (table: "Agreement" | "Visit") =>
  database.query<TextRow>(`SELECT "id", "searchText" FROM "${table}" WHERE "archived" = false ORDER BY "id"`);

/** The definition: the ids of the rows whose searchText holds every word of q. */
function bruteForce(rows: TextRow[], q: string): number[] {
  const words = searchTerms(q);
  return rows.filter((row) => words.every((word) => row.searchText.includes(word))).map((row) => row.id);
}

async function agreementIds(q: string): Promise<number[]> {
  const search = parseAgreementSearch(new URLSearchParams({ q }));
  const { sql, params } = allIdsQuery(search, "en");
  const ids = await database.query<{ id: number }>(sql, params);
  const total = countQuery(search);
  expect((await database.query<{ total: number }>(total.sql, total.params))[0]!.total).toBe(ids.length);
  return ids.map((row) => row.id).sort((a, b) => a - b);
}

async function visitIds(q: string): Promise<number[]> {
  const search = parseVisitSearch(new URLSearchParams({ q, size: "100" }));
  const { sql, params } = visitPageQuery(search, "en", 0);
  const ids = await database.query<{ id: number }>(sql, params);
  const total = visitCountQuery(search);
  expect((await database.query<{ total: number }>(total.sql, total.params))[0]!.total).toBe(ids.length);
  return ids.map((row) => row.id).sort((a, b) => a - b);
}

/** Replaces the previous run's random rows with these, then changes the text of every other one. */
async function writeRows(table: "Agreement" | "Visit", made: { parts: string[]; archived: boolean }[]): Promise<void> {
  await database.query(`DELETE FROM "${table}" WHERE "slug" LIKE 'random-%'`);
  const values = made.map(() =>
    table === "Agreement"
      ? `(?, 'Random', 'en', 'AGREEMENT', 'SIGNED', CURRENT_TIMESTAMP, ?, ?)`
      : `(?, ${personId}, 'FR', 'MA', 'OFFICIAL', CURRENT_TIMESTAMP, ?, ?)`,
  );
  const columns =
    table === "Agreement"
      ? `"slug", "title", "titleLanguage", "form", "status", "updatedAt", "archived", "searchText"`
      : `"slug", "visitorId", "visitorCountryCode", "hostCountryCode", "kind", "updatedAt", "archived", "searchText"`;
  await database.query(
    `INSERT INTO "${table}" (${columns}) VALUES ${values.join(", ")}`,
    made.flatMap((row, index) => [`random-${index}`, row.archived, searchTextFromParts(row.parts)]),
  );
  // One UPDATE for the changed texts: the triggers still see each row's old and new text.
  const changed = made.flatMap((row, index) =>
    index % 2 === 1 ? [[`random-${index}`, searchTextFromParts([...row.parts].reverse().concat("zz"))] as const] : [],
  );
  if (changed.length === 0) return;
  await database.query(
    `UPDATE "${table}" SET "searchText" = CASE "slug" ${changed.map(() => "WHEN ? THEN ?").join(" ")} END
      WHERE "slug" IN (${changed.map(() => "?").join(", ")})`,
    [...changed.flat(), ...changed.map(([slug]) => slug)],
  );
}

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  await seedDatabase(database.prisma());
  const [person] = await database.query<{ id: number }>(
    `INSERT INTO "Person" ("name", "updatedAt") VALUES ('Random Person', CURRENT_TIMESTAMP) RETURNING "id"`,
  );
  personId = person!.id;
});
afterAll(() => database.remove());

describe("text search, against its definition", () => {
  it("finds exactly the agreements whose search text holds every word of the query", async () => {
    await fc.assert(
      fc.asyncProperty(
        rows.chain((made) =>
          fc.tuple(fc.constant(made), fc.array(query(made.flatMap((row) => row.parts)), { minLength: 1, maxLength: 5 })),
        ),
        async ([made, queries]) => {
          await writeRows("Agreement", made);
          const rows = await searchableRows("Agreement");
          for (const q of queries) expect(await agreementIds(q), q).toEqual(bruteForce(rows, q));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("finds exactly the visits whose search text holds every word of the query", async () => {
    await fc.assert(
      fc.asyncProperty(
        rows.chain((made) =>
          fc.tuple(fc.constant(made), fc.array(query(made.flatMap((row) => row.parts)), { minLength: 1, maxLength: 5 })),
        ),
        async ([made, queries]) => {
          await writeRows("Visit", made);
          const rows = await searchableRows("Visit");
          for (const q of queries) expect(await visitIds(q), q).toEqual(bruteForce(rows, q));
        },
      ),
      { numRuns: 150 },
    );
  });
});
