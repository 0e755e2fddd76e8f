// The visits table's SQL, run on a migrated database holding the seed (the Gantz visit) and visits written for
// the test: two through the visit writer, which must keep their search text, and others straight in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { visitCountQuery, visitPageQuery } from "@/lib/db/sql/visit-search";
import { createUser } from "@/lib/users/create-user";
import { saveVisit } from "@/lib/visits/save";
import { visitInput } from "@/lib/visits/schemas";
import { parseVisitSearch } from "@/lib/visits/search-params";
import { refreshVisitSearchText } from "@/lib/visits/search-text";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "../helpers/test-database";

const database = createTestDatabase();
let sqlite: Database.Database;

function slugs(query: string, locale: "en" | "fr" = "en"): string[] {
  const search = parseVisitSearch(new URLSearchParams(query));
  const { sql, params } = visitPageQuery(search, locale, (search.page - 1) * search.size);
  const ids = sqlite
    .prepare(sql)
    .all(...params)
    .map((row) => (row as { id: number }).id);
  return ids.map((id) => (sqlite.prepare("SELECT slug FROM Visit WHERE id = ?").get(id) as { slug: string }).slug);
}

function count(query: string): number {
  const { sql, params } = visitCountQuery(parseVisitSearch(new URLSearchParams(query)));
  return (sqlite.prepare(sql).get(...params) as { total: number }).total;
}

const gantz = "2021-11-gantz-morocco";
let saved: { parly: string; vogt: string };

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  const prisma = database.prisma();
  await seedDatabase(prisma);
  const editor = (await createUser(prisma, { name: "Ed", email: "ed@example.org", role: "EDITOR", password: "long enough pass" })).id;
  const form = (fields: Record<string, unknown>) => visitInput.parse({ meetings: [], agreements: [], sources: [], ...fields });
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
  sqlite = new Database(database.file, { readonly: true });
});
afterAll(async () => {
  sqlite.close();
  await database.remove();
});

describe("visit search SQL", () => {
  it("finds a visit by a word of its summary, whatever the case and accents", () => {
    expect(slugs("q=defense")).toEqual([gantz]);
    expect(slugs("q=SECURITE")).toEqual([saved.parly]);
    expect(slugs("q=montreal")).toEqual([saved.vogt]);
  });

  it("finds visits by the official's name and title, the city and either state's name in English or French", () => {
    expect(slugs("q=helene garnier")).toEqual([saved.parly]);
    expect(slugs("q=armees")).toEqual([saved.parly]);
    expect(slugs("q=maroc")).toEqual([gantz, saved.parly]);
    expect(slugs("q=Morocco rabat")).toEqual([gantz, saved.parly]);
    expect(slugs("q=allemagne")).toEqual([saved.vogt]);
    expect(slugs("q=gan")).toEqual([gantz]);
  });

  it("finds a word inside longer words, whatever the case and accents", () => {
    expect(slugs("q=ontreal")).toEqual([saved.vogt]);
    expect(slugs("q=ÉCURIT")).toEqual([saved.parly]);
    expect(slugs("q=xembou")).toEqual(["be-lu-undated"]);
    expect(slugs("q=antz")).toEqual([gantz]);
  });

  it("finds words of one or two characters anywhere in the text", () => {
    expect(slugs("q=Jü")).toEqual([saved.vogt]);
    expect(slugs("q=xe")).toEqual(["be-lu-undated"]);
    expect(slugs("q=xe zed")).toEqual(["be-lu-undated"]);
    expect(slugs("q=xe gantz")).toEqual([]);
  });

  it("narrows with every word, and keeps FTS syntax out", () => {
    expect(slugs("q=maroc israel")).toEqual([gantz]);
    expect(slugs("q=aroc srae")).toEqual([gantz]);
    expect(slugs("q=maroc canada")).toEqual([]);
    for (const q of ['" OR * NEAR(', '"gantz"', "gantz*", "-maroc", "NEAR(gantz maroc)", "(rabat", "rabat)", "NOT rabat", "^rabat"]) {
      const query = new URLSearchParams({ q }).toString();
      expect(() => slugs(query), q).not.toThrow();
      expect(count(query), q).toBeGreaterThanOrEqual(0);
    }
    expect(slugs(new URLSearchParams({ q: '"gantz" -maroc' }).toString())).toEqual([gantz]);
  });

  it("filters by visiting state, host state, kind and the year of the start date", () => {
    expect(slugs("visitor=il")).toEqual([gantz]);
    expect(slugs("visitor=FR&visitor=de")).toEqual([saved.parly, saved.vogt]);
    expect(slugs("host=ma")).toEqual([gantz, saved.parly]);
    expect(slugs("host=ma&kind=OFFICIAL&visitor=fr")).toEqual([saved.parly]);
    expect(slugs("kind=STATE&kind=WORKING")).toEqual([saved.vogt, "be-lu-undated"]);
    expect(slugs("from=2021&to=2021")).toEqual([gantz]);
    expect(slugs("from=2005&to=2019")).toEqual([saved.parly, saved.vogt]);
    expect(slugs("to=2005")).toEqual([saved.vogt]);
  });

  it("leaves archived visits out", () => {
    expect(slugs("q=zed")).toEqual(["be-lu-undated"]);
    expect(count("")).toBe(4);
    expect(count("visitor=fr&host=ma")).toBe(1);
  });

  it("sorts by each field, unknown values last both ways, country names in the reader's language", () => {
    expect(slugs("")).toEqual([gantz, saved.parly, saved.vogt, "be-lu-undated"]);
    expect(slugs("sort=startOn")).toEqual([saved.vogt, saved.parly, gantz, "be-lu-undated"]);
    expect(slugs("sort=official")).toEqual([gantz, saved.parly, saved.vogt, "be-lu-undated"]);
    expect(slugs("sort=-official")).toEqual(["be-lu-undated", saved.vogt, saved.parly, gantz]);
    // Montréal, then the two Rabat visits by id; no city last either way.
    expect(slugs("sort=city")).toEqual([saved.vogt, gantz, saved.parly, "be-lu-undated"]);
    expect(slugs("sort=-city")).toEqual([saved.parly, gantz, saved.vogt, "be-lu-undated"]);
    expect(slugs("sort=kind")).toEqual([gantz, saved.parly, saved.vogt, "be-lu-undated"]);
    // Belgium, France, Germany, Israel in English; Allemagne, Belgique, France, Israël in French.
    expect(slugs("sort=visitor", "en")).toEqual(["be-lu-undated", saved.parly, saved.vogt, gantz]);
    expect(slugs("sort=visitor", "fr")).toEqual([saved.vogt, "be-lu-undated", saved.parly, gantz]);
    expect(slugs("sort=-host", "en")).toEqual([saved.parly, gantz, "be-lu-undated", saved.vogt]);
  });

  it("pages with the size asked", () => {
    expect(slugs("size=25&page=1")).toHaveLength(4);
    expect(slugs("size=25&page=2")).toEqual([]);
  });
});
