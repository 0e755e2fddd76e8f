// The table's SQL, run on a migrated database holding the seed and a few agreements made for the test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { refreshAgreementSearchText } from "@/lib/agreements/search-text";
import { countQuery, domainCountsQuery, pageQuery, undatedCountQuery } from "@/lib/db/sql/agreement-search";
import { textQuery } from "@/lib/db/sql/text-search";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();

async function slugs(query: string, locale: "en" | "fr" = "en"): Promise<string[]> {
  const search = parseAgreementSearch(new URLSearchParams(query));
  const { sql, params } = pageQuery(search, locale, (search.page - 1) * search.size);
  const ids = (await database.query<{ id: number }>(sql, params)).map((row) => row.id);
  const slugOf = async (id: number) =>
    (await database.query<{ slug: string }>(`SELECT "slug" FROM "Agreement" WHERE "id" = ?`, [id]))[0]!.slug;
  return Promise.all(ids.map(slugOf));
}

async function count(query: string): Promise<number> {
  const { sql, params } = countQuery(parseAgreementSearch(new URLSearchParams(query)));
  return (await database.query<{ total: number }>(sql, params))[0]!.total;
}

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  const prisma = database.prisma();
  await seedDatabase(prisma);
  const training = await prisma.cooperationDomain.findUniqueOrThrow({ where: { slug: "training" } });
  const made = [
    {
      slug: "fr-ma-securite-1999",
      title: "Accord de sécurité maritime",
      titleFr: "Accord de sécurité maritime",
      signedOn: "1999-05-04",
      form: "AGREEMENT",
      status: "IN_FORCE",
      parties: ["FR", "MA"],
      domain: true,
    },
    {
      slug: "fr-de-training-2010",
      title: "Training treaty",
      titleEn: "Training treaty",
      signedOn: "2010",
      form: "TREATY",
      status: "EXPIRED",
      parties: ["FR", "DE"],
      domain: true,
      archived: false,
    },
    {
      slug: "archived-fr-ma",
      title: "Archived accord France Maroc",
      signedOn: "2001-01-01",
      form: "AGREEMENT",
      status: "SIGNED",
      parties: ["FR", "MA"],
      domain: false,
      archived: true,
    },
  ] as const;
  for (const { parties, domain, ...agreement } of made) {
    const created = await prisma.agreement.create({
      data: {
        ...agreement,
        titleLanguage: "fr",
        parties: { create: parties.map((countryCode, position) => ({ countryCode, position })) },
        domains: domain ? { create: [{ domainId: training.id }] } : undefined,
      },
    });
    await refreshAgreementSearchText(prisma, [created.id]);
  }
});
afterAll(() => database.remove());

describe("agreement search SQL", async () => {
  it("finds a word inside longer words: securite finds the seed's cybersécurité", async () => {
    const cyber = ["ma-il-cybersecurity-mou", "ma-il-defence-information-protection-agreement"];
    expect(new Set(await slugs("q=securite"))).toEqual(new Set(["fr-ma-securite-1999", ...cyber]));
    expect(new Set(await slugs("q=curit"))).toEqual(new Set(["fr-ma-securite-1999", ...cyber]));
    expect(new Set(await slugs("q=ersecur"))).toEqual(new Set(cyber));
  });

  it("still finds whole words and word prefixes", async () => {
    expect(await slugs("q=cyber")).toEqual(
      expect.arrayContaining(["ma-il-cybersecurity-mou", "ma-il-defence-information-protection-agreement"]),
    );
    expect(await slugs("q=gantz")).toEqual(["ma-il-defence-mou-2021"]);
    expect(await slugs("q=gan")).toEqual(["ma-il-defence-mou-2021"]);
  });

  it("ignores case and accents in the query", async () => {
    expect(await slugs("q=SÉCURITÉ")).toEqual(await slugs("q=securite"));
    expect(await slugs("q=CybèrSécu")).toEqual(await slugs("q=cybersecu"));
    expect(await slugs("q=israël")).toHaveLength(4);
  });

  it("finds words of one or two characters anywhere in the text", async () => {
    expect(await slugs("q=vi")).toEqual(["ma-il-us-tripartite-declaration-2020"]);
    expect(await slugs("q=k")).toEqual(["ma-il-us-tripartite-declaration-2020"]);
    expect(await slugs("q=z")).toEqual(["ma-il-defence-mou-2021"]);
    expect(await slugs("q=z loudyi")).toEqual(["ma-il-defence-mou-2021"]);
    expect(await slugs("q=k loudyi")).toEqual([]);
  });

  it("finds agreements by a party's English or French name and by a signatory", async () => {
    expect(await slugs("q=maroc")).toContain("ma-il-defence-mou-2021");
    expect(await slugs("q=Morocco")).toContain("ma-il-defence-mou-2021");
    expect(await slugs("q=gantz")).toEqual(["ma-il-defence-mou-2021"]);
  });

  it("narrows with every word", async () => {
    expect(await slugs("q=maroc gantz")).toEqual(["ma-il-defence-mou-2021"]);
    expect(await slugs("q=aroc antz")).toEqual(["ma-il-defence-mou-2021"]);
    expect(await slugs("q=maroc allemagne")).toEqual([]);
    expect(await count("q=securite tripartite")).toBe(0);
  });

  it("keeps FTS syntax out of the query: quotes, stars, minus signs, NEAR and parentheses are no syntax", async () => {
    expect(textQuery('cyber" OR * NEAR( a')).toEqual({ match: '"cyber" "near"', short: ["or", "a"] });
    expect(textQuery("  ")).toBeNull();
    expect(textQuery('" * - ( )')).toBeNull();
    for (const q of [
      '" AND',
      '"',
      "*",
      "-cyber",
      "cyber*",
      "NEAR(maroc israel)",
      "(maroc",
      "maroc)",
      "maroc OR israel",
      "NOT maroc",
      "^maroc",
      "col:maroc",
      "{x}",
    ]) {
      const query = new URLSearchParams({ q }).toString();
      await expect(slugs(query), q).resolves.toEqual(expect.any(Array));
      expect(await count(query), q).toBeGreaterThanOrEqual(0);
    }
    expect(await slugs(new URLSearchParams({ q: "NEAR(maroc gantz)" }).toString())).toEqual([]);
    expect(await slugs(new URLSearchParams({ q: '"gantz" -maroc' }).toString())).toEqual(["ma-il-defence-mou-2021"]);
  });

  it("filters by domain, by all chosen parties, by form, status and year range", async () => {
    expect(new Set(await slugs("domain=training"))).toEqual(
      new Set(["ma-il-defence-mou-2021", "fr-ma-securite-1999", "fr-de-training-2010"]),
    );
    expect(await slugs("party=fr&party=ma")).toEqual(["fr-ma-securite-1999"]);
    expect(await slugs("party=us")).toEqual(["ma-il-us-tripartite-declaration-2020"]);
    expect(await slugs("form=TREATY")).toEqual(["fr-de-training-2010"]);
    expect(await slugs("status=IN_FORCE&status=EXPIRED")).toHaveLength(2);
    expect(await slugs("from=2000&to=2020")).toEqual(["ma-il-us-tripartite-declaration-2020", "fr-de-training-2010"]);
  });

  it("leaves archived agreements out", async () => {
    expect(await slugs("q=archived")).toEqual([]);
    expect(await count("")).toBe(6);
  });

  it("sorts unknown dates last in both directions, and titles in the reader's language", async () => {
    const newest = await slugs("");
    expect(newest.slice(0, 2)).toEqual(["ma-il-defence-mou-2021", "ma-il-us-tripartite-declaration-2020"]);
    expect(newest.slice(-2).sort()).toEqual(["ma-il-cybersecurity-mou", "ma-il-defence-information-protection-agreement"]);
    expect((await slugs("sort=signedOn")).slice(0, 1)).toEqual(["fr-ma-securite-1999"]);
    expect((await slugs("sort=title", "en"))[0]).toBe("fr-ma-securite-1999");
    expect((await slugs("sort=title", "fr"))[0]).toBe("fr-ma-securite-1999");
  });

  it("pages with the size asked", async () => {
    expect(await slugs("size=25&page=1")).toHaveLength(6);
    expect(await slugs("size=25&page=2")).toEqual([]);
  });

  it("counts each domain under the other filters, not under the domain filter", async () => {
    const counts = async (query: string) => {
      const { sql, params } = domainCountsQuery(parseAgreementSearch(new URLSearchParams(query)));
      const rows = await database.query<{ slug: string; count: number }>(
        `SELECT d."slug", c."count" FROM (${sql}) c JOIN "CooperationDomain" d ON d."id" = c."domainId"`,
        params,
      );
      return Object.fromEntries(rows.map((row) => [row.slug, row.count]));
    };
    expect(await counts("")).toMatchObject({ training: 3, cybersecurity: 1, "information-protection": 1 });
    expect(await counts("domain=cybersecurity")).toMatchObject({ training: 3, cybersecurity: 1 });
    expect(await counts("party=fr")).toEqual({ training: 2 });
  });

  it("leaves undated agreements out of a year range unless asked, and counts those it leaves out", async () => {
    // The seed's cybersecurity MoU has no known date of signature.
    const leftOut = async (query: string) => {
      const { sql, params } = undatedCountQuery(parseAgreementSearch(new URLSearchParams(query)));
      return (await database.query<{ total: number }>(sql, params))[0]!.total;
    };
    expect(await slugs("domain=cybersecurity&party=ma&from=2020")).toEqual([]);
    expect(await leftOut("domain=cybersecurity&party=ma&from=2020")).toBe(1);
    expect(await slugs("domain=cybersecurity&party=ma&from=2020&undated=1")).toEqual(["ma-il-cybersecurity-mou"]);
    expect(await count("from=2020&undated=1")).toBe((await count("from=2020")) + (await leftOut("from=2020")));
  });

  it("finds the agreements that cite no source", async () => {
    const unsourced = await slugs("sources=none&size=100");
    expect(unsourced).toContain("fr-ma-securite-1999");
    expect(unsourced).not.toContain("ma-il-defence-mou-2021");
    expect(await count("sources=none")).toBe(unsourced.length);
  });
});
