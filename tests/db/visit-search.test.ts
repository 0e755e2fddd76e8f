// The visits table's SQL, run on a migrated database holding the seed (the Gantz visit) and visits written for
// the test: two through the visit writer, which must keep their search text, and others straight in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visitCountQuery, visitPageQuery } from "@/lib/db/sql/visit-search";
import { createUser } from "@/lib/users/create-user";
import { saveVisit } from "@/lib/visits/save";
import { visitInput } from "@/lib/visits/schemas";
import { parseVisitSearch } from "@/lib/visits/search-parser";
import { refreshVisitSearchText } from "@/lib/visits/search-text";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();

async function slugs(query: string, locale: "en" | "fr" = "en"): Promise<string[]> {
  const search = parseVisitSearch(new URLSearchParams(query));
  const { sql, params } = visitPageQuery(search, locale, (search.page - 1) * search.size);
  const ids = (await database.query<{ id: number }>(sql, params)).map((row) => row.id);
  const slugOf = async (id: number) => (await database.query<{ slug: string }>(`SELECT "slug" FROM "Visit" WHERE "id" = ?`, [id]))[0]!.slug;
  return Promise.all(ids.map(slugOf));
}

async function count(query: string): Promise<number> {
  const { sql, params } = visitCountQuery(parseVisitSearch(new URLSearchParams(query)));
  return (await database.query<{ total: number }>(sql, params))[0]!.total;
}

const gantz = "2021-11-gantz-morocco";
let saved: { parly: string; vogt: string };

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  const prisma = database.prisma();
  await seedDatabase(prisma);
  const editor = (await createUser(prisma, { name: "Ed", email: "ed@example.org", role: "EDITOR", password: "long enough pass" })).id;
  const form = (fields: Record<string, unknown>) =>
    visitInput.parse({
      meetings: [],
      agreements: [],
      sources: [{ publisher: "Ministry of Defence", title: "Press release", language: "en", url: "https://example.org/release" }],
      ...fields,
    });
  const parly = await saveVisit(
    prisma,
    editor,
    form({
      visitorName: "Hélène Garnier",
      visitorTitleFr: "Ministre des Armées",
      visitorCountryCode: "FR",
      hostCountryCode: "MA",
      city: "Rabat",
      startOn: "2019-02-14",
      kind: "OFFICIAL",
      summaryFr: "Entretiens sur la sécurité maritime.",
    }),
  );
  const vogt = await saveVisit(
    prisma,
    editor,
    form({
      visitorName: "Jürgen Vogt",
      visitorCountryCode: "DE",
      hostCountryCode: "CA",
      city: "Montréal",
      startOn: "2005-09",
      kind: "STATE",
    }),
  );
  if (!parly.ok || !vogt.ok) throw new Error("the test visits were refused");
  saved = { parly: parly.slug, vogt: vogt.slug };
  const person = await prisma.person.create({ data: { name: "Zed Archived" } });
  const made = [
    { slug: "be-lu-undated", visitorCountryCode: "BE", hostCountryCode: "LU", city: null, startOn: null, kind: "WORKING" },
    {
      slug: "fr-ma-archived",
      visitorCountryCode: "FR",
      hostCountryCode: "MA",
      city: "Rabat",
      startOn: "2010-01-01",
      kind: "OFFICIAL",
      archived: true,
    },
  ] as const;
  for (const visit of made) {
    const created = await prisma.visit.create({ data: { ...visit, visitorId: person.id } });
    await refreshVisitSearchText(prisma, [created.id]);
  }
});
afterAll(() => database.remove());

describe("visit search SQL", async () => {
  it("finds the visits that cite no source (the archived one left out)", async () => {
    expect(await slugs("sources=none")).toEqual(["be-lu-undated"]);
  });

  it("finds a visit by a word of its summary, whatever the case and accents", async () => {
    expect(await slugs("q=defense")).toEqual([gantz]);
    expect(await slugs("q=SECURITE")).toEqual([saved.parly]);
    expect(await slugs("q=montreal")).toEqual([saved.vogt]);
  });

  it("finds visits by the official's name and title, the city and either state's name in English or French", async () => {
    expect(await slugs("q=helene garnier")).toEqual([saved.parly]);
    expect(await slugs("q=armees")).toEqual([saved.parly]);
    expect(await slugs("q=maroc")).toEqual([gantz, saved.parly]);
    expect(await slugs("q=Morocco rabat")).toEqual([gantz, saved.parly]);
    expect(await slugs("q=allemagne")).toEqual([saved.vogt]);
    expect(await slugs("q=gan")).toEqual([gantz]);
  });

  it("finds a word inside longer words, whatever the case and accents", async () => {
    expect(await slugs("q=ontreal")).toEqual([saved.vogt]);
    expect(await slugs("q=ÉCURIT")).toEqual([saved.parly]);
    expect(await slugs("q=xembou")).toEqual(["be-lu-undated"]);
    expect(await slugs("q=antz")).toEqual([gantz]);
  });

  it("finds words of one or two characters anywhere in the text", async () => {
    expect(await slugs("q=Jü")).toEqual([saved.vogt]);
    expect(await slugs("q=xe")).toEqual(["be-lu-undated"]);
    expect(await slugs("q=xe zed")).toEqual(["be-lu-undated"]);
    expect(await slugs("q=xe gantz")).toEqual([]);
  });

  it("narrows with every word, and keeps FTS syntax out", async () => {
    expect(await slugs("q=maroc israel")).toEqual([gantz]);
    expect(await slugs("q=aroc srae")).toEqual([gantz]);
    expect(await slugs("q=maroc canada")).toEqual([]);
    for (const q of ['" OR * NEAR(', '"gantz"', "gantz*", "-maroc", "NEAR(gantz maroc)", "(rabat", "rabat)", "NOT rabat", "^rabat"]) {
      const query = new URLSearchParams({ q }).toString();
      await expect(slugs(query), q).resolves.toEqual(expect.any(Array));
      expect(await count(query), q).toBeGreaterThanOrEqual(0);
    }
    expect(await slugs(new URLSearchParams({ q: '"gantz" -maroc' }).toString())).toEqual([gantz]);
  });

  it("filters by visiting state, host state, kind and the year of the start date", async () => {
    expect(await slugs("visitor=il")).toEqual([gantz]);
    expect(await slugs("visitor=FR&visitor=de")).toEqual([saved.parly, saved.vogt]);
    expect(await slugs("host=ma")).toEqual([gantz, saved.parly]);
    expect(await slugs("host=ma&kind=OFFICIAL&visitor=fr")).toEqual([saved.parly]);
    expect(await slugs("kind=STATE&kind=WORKING")).toEqual([saved.vogt, "be-lu-undated"]);
    expect(await slugs("from=2021&to=2021")).toEqual([gantz]);
    expect(await slugs("from=2005&to=2019")).toEqual([saved.parly, saved.vogt]);
    expect(await slugs("to=2005")).toEqual([saved.vogt]);
  });

  it("leaves archived visits out", async () => {
    expect(await slugs("q=zed")).toEqual(["be-lu-undated"]);
    expect(await count("")).toBe(4);
    expect(await count("visitor=fr&host=ma")).toBe(1);
  });

  it("sorts by each field, unknown values last both ways, country names in the reader's language", async () => {
    expect(await slugs("")).toEqual([gantz, saved.parly, saved.vogt, "be-lu-undated"]);
    expect(await slugs("sort=startOn")).toEqual([saved.vogt, saved.parly, gantz, "be-lu-undated"]);
    expect(await slugs("sort=official")).toEqual([gantz, saved.parly, saved.vogt, "be-lu-undated"]);
    expect(await slugs("sort=-official")).toEqual(["be-lu-undated", saved.vogt, saved.parly, gantz]);
    // Montréal, then the two Rabat visits by id; no city last either way.
    expect(await slugs("sort=city")).toEqual([saved.vogt, gantz, saved.parly, "be-lu-undated"]);
    expect(await slugs("sort=-city")).toEqual([saved.parly, gantz, saved.vogt, "be-lu-undated"]);
    expect(await slugs("sort=kind")).toEqual([gantz, saved.parly, saved.vogt, "be-lu-undated"]);
    // Belgium, France, Germany, Israel in English; Allemagne, Belgique, France, Israël in French.
    expect(await slugs("sort=visitor", "en")).toEqual(["be-lu-undated", saved.parly, saved.vogt, gantz]);
    expect(await slugs("sort=visitor", "fr")).toEqual([saved.vogt, "be-lu-undated", saved.parly, gantz]);
    expect(await slugs("sort=-host", "en")).toEqual([saved.parly, gantz, "be-lu-undated", saved.vogt]);
  });

  it("pages with the size asked", async () => {
    expect(await slugs("size=25&page=1")).toHaveLength(4);
    expect(await slugs("size=25&page=2")).toEqual([]);
  });
});
