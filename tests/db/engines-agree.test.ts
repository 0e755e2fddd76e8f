// The same records on SQLite and on PostgreSQL give the same answers to every raw SQL statement of lib/db/sql: the
// agreements and visits tables (ids in order, counts, facet counts) over many random searches, the dashboard's
// aggregations, the country and pair pages, text search, and the sign-in limit. Rows are compared by slug, so the
// comparison does not rest on both engines numbering rows alike. Needs a PostgreSQL server (TEST_POSTGRES_URL).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sortFields } from "@/lib/agreements/search-params";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";
import { runSql } from "@/lib/db/raw";
import { allIdsQuery, countQuery, domainCountsQuery, latestIdsQuery, pageQuery, type SqlFragment } from "@/lib/db/sql/agreement-search";
import * as relationship from "@/lib/db/sql/relationship";
import { insertAttemptUnderLimits } from "@/lib/db/sql/sign-in-attempts";
import { domainTalliesSql, talliesSql } from "@/lib/db/sql/tallies";
import { visitCountQuery, visitPageQuery } from "@/lib/db/sql/visit-search";
import type { DatabaseProvider } from "@/lib/db/url";
import { AgreementForm, AgreementStatus, LegalNature, VisitKind } from "@/lib/generated/prisma/enums";
import { sortFields as visitSortFields } from "@/lib/visits/search-params";
import { parseVisitSearch } from "@/lib/visits/search-parser";
import { domainSlugs, loadRecords, recordCountries, titleWords } from "../helpers/engine-records";
import { createPostgresDatabase, migrateDatabase, type PostgresDatabase, testPostgresServer } from "../helpers/postgres-server";

type Row = Record<string, unknown>;

interface Engine {
  provider: DatabaseProvider;
  client: PrismaClient;
  /** Slugs by id, per table: ids may differ between engines, slugs may not. */
  slugs: Record<"Agreement" | "Visit" | "CooperationDomain", Map<number, string>>;
}

const engines: Engine[] = [];
let directory: string;
let postgres: PostgresDatabase | undefined;

/** A row as the app reads it: counts arrive as bigint on both engines and are read with Number(). */
const plain = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value]));

async function rows(engine: Engine, build: (provider: DatabaseProvider) => SqlFragment): Promise<Row[]> {
  return (await runSql<Row>(engine.client, build(engine.provider))).map(plain);
}

/** The slug of each id column (`id` of `table`, and any other columns named) in place of the id. */
function bySlug(engine: Engine, table: keyof Engine["slugs"] | undefined, columns: Record<string, keyof Engine["slugs"]> = {}) {
  const all = { ...(table ? { id: table } : {}), ...columns };
  return (row: Row): Row =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => {
        const of = all[key as keyof typeof all];
        return [key, of && value !== null ? (engine.slugs[of].get(Number(value)) ?? `unknown ${value}`) : value];
      }),
    );
}

interface Comparison {
  /** The table whose slugs stand in for the `id` column. */
  table?: keyof Engine["slugs"];
  /** Other id columns, and the table whose slugs stand in for them. */
  columns?: Record<string, keyof Engine["slugs"]>;
  /** The statement has no ORDER BY: compare the rows as a set. */
  unordered?: boolean;
}

/** What each engine answers, rows mapped to slugs; asserts that they agree and returns SQLite's answer. */
async function agreed(build: (provider: DatabaseProvider) => SqlFragment, { table, columns, unordered }: Comparison = {}): Promise<Row[]> {
  const answers = await Promise.all(
    engines.map(async (engine) => {
      const answer = (await rows(engine, build)).map(bySlug(engine, table, columns));
      return unordered ? answer.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : answer;
    }),
  );
  const [sqlite, ...others] = answers;
  for (const [index, other] of others.entries()) expect(other, `${engines[index + 1]!.provider}: ${build("sqlite").sql}`).toEqual(sqlite);
  return sqlite!;
}

async function slugsOf(client: PrismaClient, table: keyof Engine["slugs"]): Promise<Map<number, string>> {
  const all = await runSql<{ id: number; slug: string }>(client, { sql: `SELECT "id", "slug" FROM "${table}"`, params: [] });
  return new Map(all.map((row) => [Number(row.id), row.slug]));
}

async function openEngine(provider: DatabaseProvider, url: string): Promise<Engine> {
  await migrateDatabase(url);
  const client = createPrismaClient(url);
  await loadRecords(client);
  const [Agreement, Visit, CooperationDomain] = await Promise.all(
    (["Agreement", "Visit", "CooperationDomain"] as const).map((table) => slugsOf(client, table)),
  );
  return { provider, client, slugs: { Agreement: Agreement!, Visit: Visit!, CooperationDomain: CooperationDomain! } };
}

beforeAll(async () => {
  if (!testPostgresServer) return;
  directory = mkdtempSync(path.join(os.tmpdir(), "accords-engines-"));
  postgres = await createPostgresDatabase(testPostgresServer, "engines_agree");
  // One after the other: the seed's transaction has a time limit, and two cold loads at once can pass it on 2 cores.
  engines.push(await openEngine("sqlite", `file:${path.join(directory, "test.db")}`));
  engines.push(await openEngine("postgresql", postgres.url));
});
afterAll(async () => {
  await Promise.all(engines.map((engine) => engine.client.$disconnect()));
  await postgres?.drop();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

const someOf = <T>(values: readonly T[], maxLength = 2) => fc.uniqueArray(fc.constantFrom(...values), { maxLength });
const year = fc.option(fc.integer({ min: 1994, max: 2026 }).map(String), { nil: undefined });
const words = fc.oneof(
  fc.constant(""),
  fc.constantFrom("securite", "sécurité", "cyber", "ab", "ma fr", "co operation", "accord zone", "東京", "ålands 2", "zz"),
  fc.array(fc.constantFrom(...titleWords), { minLength: 1, maxLength: 2 }).map((list) => list.join(" ")),
);
const sort = (fields: readonly string[]) => fc.constantFrom(...fields).chain((field) => fc.constantFrom(field, `-${field}`));

function query(entries: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(entries)) for (const one of [value ?? []].flat()) params.append(name, one);
  return params;
}

const agreementSearch = fc
  .record({
    q: words,
    domain: someOf(domainSlugs),
    party: someOf(recordCountries),
    form: someOf(Object.values(AgreementForm)),
    nature: someOf(Object.values(LegalNature), 1),
    status: someOf(Object.values(AgreementStatus)),
    from: year,
    to: year,
    sort: sort(sortFields),
    page: fc.integer({ min: 1, max: 4 }).map(String),
  })
  .map((entries) => parseAgreementSearch(query(entries)));

const visitSearch = fc
  .record({
    q: words,
    visitor: someOf(recordCountries),
    host: someOf(recordCountries),
    kind: someOf(Object.values(VisitKind)),
    from: year,
    to: year,
    sort: sort(visitSortFields),
    page: fc.integer({ min: 1, max: 2 }).map(String),
  })
  .map((entries) => parseVisitSearch(query(entries)));

const locale = fc.constantFrom("en" as const, "fr" as const);
const pairs = recordCountries.flatMap((a, index) => recordCountries.slice(index + 1).map((b) => [a, b] as const));

describe.skipIf(!testPostgresServer)("SQLite and PostgreSQL, holding the same records, agree", () => {
  it("on the agreements table: each page's ids in order, the count, every id of an export, the domain facet", async () => {
    let found = 0;
    await fc.assert(
      fc.asyncProperty(agreementSearch, locale, async (search, language) => {
        const offset = (search.page - 1) * search.size;
        const page = await agreed((provider) => pageQuery(search, language, offset, provider), { table: "Agreement" });
        const [count] = await agreed((provider) => countQuery(search, provider));
        await agreed((provider) => allIdsQuery(search, language, provider), { table: "Agreement" });
        // Facet rows are read by domain, in any order.
        await agreed((provider) => domainCountsQuery(search, provider), { columns: { domainId: "CooperationDomain" }, unordered: true });
        found += page.length + Number(count?.total ?? 0);
      }),
      { numRuns: 120, seed: 4_12_2026 },
    );
    expect(found, "the searches found something").toBeGreaterThan(0);
  });

  it("on the visits table: each page's ids in order and the count", async () => {
    await fc.assert(
      fc.asyncProperty(visitSearch, locale, async (search, language) => {
        await agreed((provider) => visitPageQuery(search, language, (search.page - 1) * search.size, provider), { table: "Visit" });
        await agreed((provider) => visitCountQuery(search, provider));
      }),
      { numRuns: 80, seed: 4_12_2026 },
    );
  });

  it("on text search: securite finds the seed's cybersécurité memorandum, inside the word", async () => {
    const search = parseAgreementSearch(new URLSearchParams("q=securite"));
    const slugs = (await agreed((provider) => allIdsQuery(search, "en", provider), { table: "Agreement" })).map((row) => row.id);
    expect(slugs).toContain("ma-il-cybersecurity-mou");
  });

  it("on the dashboard's counts", async () => {
    const domains = await agreed((provider) => domainTalliesSql(provider), { table: "CooperationDomain" });
    expect(domains.length).toBe(domainSlugs.length);
    const years = await agreed((provider) => talliesSql("YEAR", undefined, provider));
    expect(
      years.some((row) => row.key === ""),
      "the undated agreements are counted under the key ''",
    ).toBe(true);
    await agreed((provider) => talliesSql("PARTY", undefined, provider));
    expect(await agreed((provider) => talliesSql("PAIR", 10, provider))).toHaveLength(10);
    await agreed((provider) => talliesSql("PAIR", 1, provider));
    expect(await agreed((provider) => latestIdsQuery(5, provider), { table: "Agreement" })).toHaveLength(5);
  });

  it("on the country pages", async () => {
    const index = await agreed(() => relationship.countryIndexQuery(), { unordered: true });
    expect(index.length).toBeGreaterThan(recordCountries.length);
    for (const code of recordCountries) {
      await agreed(() => relationship.countryCountsQuery(code));
      await agreed((provider) => relationship.countryLatestAgreementsQuery(code, 5, provider), { table: "Agreement" });
      await agreed((provider) => relationship.countryLatestVisitsQuery(code, "visitor", 5, provider), { table: "Visit" });
      await agreed((provider) => relationship.countryLatestVisitsQuery(code, "host", 5, provider), { table: "Visit" });
      await agreed((provider) => relationship.countryPartnersQuery(code, provider));
      await agreed(() => relationship.countryDomainsQuery(code), { columns: { domainId: "CooperationDomain" } });
    }
  });

  it("on the pair pages", async () => {
    for (const [a, b] of pairs) {
      await agreed(() => relationship.pairCountsQuery(a, b));
      await agreed((provider) => relationship.pairLatestAgreementsQuery(a, b, 5, provider), { table: "Agreement" });
      await agreed(() => relationship.pairDomainsQuery(a, b), { columns: { domainId: "CooperationDomain" } });
      await agreed((provider) => relationship.pairVisitsQuery(a, b, provider), { table: "Visit" });
      await agreed((provider) => relationship.pairTimelineQuery(a, b, 3, provider), { table: "Agreement", columns: { visitId: "Visit" } });
      await agreed(() => relationship.pairUndatedQuery(a, b, 5), { table: "Agreement" });
    }
  });

  it("on the sign-in limit: of many attempts at once on one account, exactly the limit's number get through", async () => {
    const now = new Date();
    const since = new Date(now.getTime() - 15 * 60_000);
    for (const engine of engines) {
      const attempts = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          insertAttemptUnderLimits(engine.client, {
            accountKey: "account:racer@example.org",
            addressKey: `address:10.0.0.${index}`,
            accountLimit: 5,
            addressLimit: 20,
            since,
            now,
          }),
        ),
      );
      expect(
        attempts.filter((rows) => rows.length === 2),
        engine.provider,
      ).toHaveLength(5);
      expect(
        attempts.filter((rows) => rows.length === 0),
        engine.provider,
      ).toHaveLength(7);
    }
  });
});
