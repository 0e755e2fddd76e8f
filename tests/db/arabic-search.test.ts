// Arabic readers search in Arabic: the seed gives states their Arabic names, the stored search text carries them, and
// a query finds them however its letters are written (lib/search/fold-arabic.ts). A database made before Arabic gets
// the names and the new text on its next seed, once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { searchTextRecipe } from "@/lib/agreements/search-text";
import { pageQuery } from "@/lib/db/sql/agreement-search";
import { visitPageQuery } from "@/lib/db/sql/visit-search";
import { parseVisitSearch } from "@/lib/visits/search-parser";
import { seedDatabase } from "@/prisma/seed/seed";
import { searchTextRecipeKey } from "@/prisma/seed/search-text-upgrade";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();

const moroccoIsrael = [
  "ma-il-cybersecurity-mou",
  "ma-il-defence-information-protection-agreement",
  "ma-il-defence-mou-2021",
  "ma-il-us-tripartite-declaration-2020",
];

async function slugsOf(table: "Agreement" | "Visit", ids: number[]): Promise<string[]> {
  const slugs = await Promise.all(
    ids.map(async (id) => (await database.query<{ slug: string }>(`SELECT "slug" FROM "${table}" WHERE "id" = ?`, [id]))[0]!.slug),
  );
  return slugs.sort();
}

async function agreements(query: Record<string, string>): Promise<string[]> {
  const { sql, params } = pageQuery(parseAgreementSearch(new URLSearchParams(query)), "ar", 0);
  return slugsOf(
    "Agreement",
    (await database.query<{ id: number }>(sql, params)).map((row) => row.id),
  );
}

async function visits(query: Record<string, string>): Promise<string[]> {
  const { sql, params } = visitPageQuery(parseVisitSearch(new URLSearchParams(query)), "ar", 0);
  return slugsOf(
    "Visit",
    (await database.query<{ id: number }>(sql, params)).map((row) => row.id),
  );
}

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  await seedDatabase(database.prisma());
});
afterAll(() => database.remove());

describe("the seed's Arabic names", () => {
  it("name every state and every domain it writes, from CLDR", async () => {
    const prisma = database.prisma();
    expect(await prisma.country.count({ where: { nameAr: null } })).toBe(0);
    expect(await prisma.cooperationDomain.count({ where: { nameAr: null } })).toBe(0);
    expect(await prisma.country.findUnique({ where: { code: "MA" } })).toMatchObject({ nameAr: "المغرب" });
    expect(await prisma.country.findUnique({ where: { code: "PS" } })).toMatchObject({ nameAr: "فلسطين" });
    expect(await prisma.cooperationDomain.findUnique({ where: { slug: "training" } })).toMatchObject({ nameAr: "التدريب" });
  });
});

describe("searching in Arabic", () => {
  it("finds the Morocco–Israel agreements by Morocco's Arabic name", async () => {
    expect(await agreements({ q: "المغرب" })).toEqual(moroccoIsrael);
  });

  it("finds them however the name is written: alef wasla, tatweel, short vowels", async () => {
    for (const q of ["ٱلمغرب", "المـغـرب", "المَغْرِب", "مغرب"]) expect(await agreements({ q }), q).toEqual(moroccoIsrael);
  });

  it("finds a name with hamza or ta marbuta written either way", async () => {
    for (const q of ["إسرائيل", "اسرائيل", "اسراييل"]) expect(await agreements({ q }), q).toEqual(moroccoIsrael);
    for (const q of ["الولايات المتحدة", "الولايات المتحده"])
      expect(await agreements({ q }), q).toEqual(["ma-il-us-tripartite-declaration-2020"]);
  });

  it("finds the Gantz visit by either state's Arabic name, and sorts visits by their Arabic names", async () => {
    expect(await visits({ q: "المغرب إسرائيل" })).toEqual(["2021-11-gantz-morocco"]);
    expect(await visits({ q: "المغرب", sort: "host" })).toEqual(["2021-11-gantz-morocco"]);
  });

  it("sorts an Arabic reader's agreements by title without a column of Arabic titles", async () => {
    expect(await agreements({ q: "المغرب", sort: "title" })).toEqual(moroccoIsrael);
  });
});

describe("a database seeded before Arabic", () => {
  it("gets the Arabic names it lacks on the next seed, and keeps those someone gave", async () => {
    const prisma = database.prisma();
    await prisma.country.update({ where: { code: "MA" }, data: { nameAr: null } });
    await prisma.cooperationDomain.update({ where: { slug: "training" }, data: { nameAr: "تكوين" } });
    const report = await seedDatabase(prisma);
    expect(report.arabicNamesAdded).toBe(1);
    expect(await prisma.country.findUnique({ where: { code: "MA" } })).toMatchObject({ nameAr: "المغرب" });
    expect(await prisma.cooperationDomain.findUnique({ where: { slug: "training" } })).toMatchObject({ nameAr: "تكوين" });
  });

  it("has its search text rewritten once, when the recipe it was made with is older, without touching updatedAt", async () => {
    const prisma = database.prisma();
    const mou = await prisma.agreement.findUniqueOrThrow({ where: { slug: "ma-il-defence-mou-2021" } });
    await database.query(`UPDATE "Agreement" SET "searchText" = ? WHERE "id" = ?`, ["morocco israel", mou.id]);
    await database.query(`UPDATE "Visit" SET "searchText" = ?`, ["gantz"]);
    await prisma.appSetting.update({ where: { key: searchTextRecipeKey }, data: { value: String(searchTextRecipe - 1) } });
    expect(await agreements({ q: "المغرب" })).not.toContain("ma-il-defence-mou-2021");

    const report = await seedDatabase(prisma);
    expect(report.searchText).toEqual({ from: String(searchTextRecipe - 1), agreements: 1, visits: 1 });
    expect(await agreements({ q: "المغرب" })).toEqual(moroccoIsrael);
    expect(await visits({ q: "المغرب" })).toEqual(["2021-11-gantz-morocco"]);
    const after = await prisma.agreement.findUniqueOrThrow({ where: { id: mou.id } });
    expect(after.updatedAt).toEqual(mou.updatedAt);
    expect(after.version).toBe(mou.version);

    expect((await seedDatabase(prisma)).searchText).toBeNull();
  });
});
