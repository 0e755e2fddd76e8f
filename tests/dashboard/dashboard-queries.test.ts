// The dashboard's counts, read through lib/dashboard/queries.ts on a migrated database holding the seed's states
// and domains and, in place of the seed's agreements, a few made for the test (then counted, as a bulk load
// does): an archived one, an undated one, one of three parties and one of four.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setAgreementArchived } from "@/lib/agreements/save";
import { recountTallies } from "@/lib/agreements/tallies";
import { bumpChangeVersion } from "@/lib/cache/change-counter";
import { writeTransaction } from "@/lib/db/write";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();
vi.mock("server-only", () => ({}));
vi.mock("@/lib/db", () => ({
  get db() {
    return database.prisma();
  },
}));

const { getBusiestPairs, getDashboard, getDomainCounts, getPartnerCounts, getYearCounts } = await import("@/lib/dashboard/queries");
const { getChangeVersion } = await import("@/lib/cache/change-counter");

const made = [
  { slug: "il-ma-2021", signedOn: "2021-11-24", parties: ["IL", "MA"], domains: ["training", "cybersecurity"] },
  { slug: "il-ma-us-2020", signedOn: "2020-12-22", parties: ["IL", "MA", "US"], domains: ["training"] },
  { slug: "fr-ma-1999", signedOn: "1999", parties: ["FR", "MA"], domains: ["training"] },
  { slug: "de-fr-undated", signedOn: null, parties: ["DE", "FR"], domains: [] },
  { slug: "de-fr-il-us-2021", signedOn: "2021-05", parties: ["DE", "FR", "IL", "US"], domains: [] },
  { slug: "il-ma-archived", signedOn: "2021-01-01", parties: ["IL", "MA"], domains: ["cybersecurity"], archived: true },
];

const version = () => getChangeVersion(database.prisma(), "agreements");

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  const prisma = database.prisma();
  await seedDatabase(prisma);
  await prisma.agreement.deleteMany();
  const domainIds = new Map((await prisma.cooperationDomain.findMany()).map((domain) => [domain.slug, domain.id]));
  for (const { parties, domains, ...agreement } of made) {
    await prisma.agreement.create({
      data: {
        ...agreement,
        title: agreement.slug,
        titleLanguage: "en",
        form: "AGREEMENT",
        status: "SIGNED",
        parties: { create: parties.map((countryCode, position) => ({ countryCode, position })) },
        domains: { create: domains.map((slug) => ({ domainId: domainIds.get(slug)! })) },
      },
    });
  }
  await writeTransaction(prisma, async (tx) => {
    await recountTallies(tx);
    await bumpChangeVersion(tx, "agreements");
  });
});
afterAll(() => database.remove());

describe("dashboard counts", () => {
  it("counts agreements per domain, archived ones left out, every domain listed with zeros last", async () => {
    const prisma = database.prisma();
    const domains = await getDomainCounts("en", await version());
    expect(domains).toHaveLength(await prisma.cooperationDomain.count());
    expect(domains.slice(0, 2)).toEqual([
      { slug: "training", name: "Training", count: 3 },
      { slug: "cybersecurity", name: "Cybersecurity", count: 1 },
    ]);
    const zeros = domains.slice(2);
    expect(zeros.every((domain) => domain.count === 0)).toBe(true);
    expect(zeros.map((domain) => domain.name)).toEqual(zeros.map((domain) => domain.name).sort((a, b) => a.localeCompare(b, "en")));
  });

  it("names domains in the interface language", async () => {
    const [first] = await getDomainCounts("fr", await version());
    expect(first).toEqual({ slug: "training", name: "Formation", count: 3 });
  });

  it("counts agreements per year of signature, whatever the date's precision, and the undated apart", async () => {
    expect(await getYearCounts(await version())).toEqual({
      years: [
        { year: 1999, count: 1 },
        { year: 2020, count: 1 },
        { year: 2021, count: 2 },
      ],
      undated: 1,
    });
  });

  it("ranks parties by agreements, ties by name in the interface language, and says how many more there are", async () => {
    const v = await version();
    const en = await getPartnerCounts("en", v, 10);
    expect(en.top.map(({ name, count }) => [name, count])).toEqual([
      ["France", 3],
      ["Israel", 3],
      ["Morocco", 3],
      ["Germany", 2],
      ["United States", 2],
    ]);
    expect(en).toMatchObject({ more: 0, covered: 5 });
    const fr = await getPartnerCounts("fr", v, 4);
    expect(fr.top.map(({ code }) => code)).toEqual(["FR", "IL", "MA", "DE"]);
    expect(fr.top[3]!.name).toBe("Allemagne");
    expect(fr).toMatchObject({ more: 1, covered: 5 });
  });

  it("counts every pair an agreement of three or more parties includes, archived agreements left out, ties by code", async () => {
    const pairs = await getBusiestPairs("en", await version(), 20);
    expect(pairs.map(({ states: [a, b], count }) => `${a.code}-${b.code} ${count}`)).toEqual([
      "DE-FR 2",
      "IL-MA 2",
      "IL-US 2",
      "DE-IL 1",
      "DE-US 1",
      "FR-IL 1",
      "FR-MA 1",
      "FR-US 1",
      "MA-US 1",
    ]);
    const [first] = await getBusiestPairs("fr", await version(), 1);
    expect(first).toEqual({
      states: [
        { code: "DE", name: "Allemagne" },
        { code: "FR", name: "France" },
      ],
      count: 2,
    });
  });

  it("gives figures that agree with the per-year counts and with the covered-country count", async () => {
    const dashboard = await getDashboard("en");
    expect(dashboard.figures.agreements).toBe(5);
    // Checked against Prisma's own relation filter, which is too slow for the page at 250,000 agreements.
    const covered = await database.prisma().country.count({ where: { parties: { some: { agreement: { archived: false } } } } });
    expect(dashboard.figures.countries).toBe(covered);
    expect(dashboard.figures.visits).toBe(await database.prisma().visit.count({ where: { archived: false } }));
    expect(dashboard.latestAgreements.map((agreement) => agreement.slug)).toEqual([
      "il-ma-2021",
      "de-fr-il-us-2021",
      "il-ma-us-2020",
      "fr-ma-1999",
      "de-fr-undated",
    ]);
  });

  it("counts anew as soon as the record writer archives an agreement", async () => {
    const prisma = database.prisma();
    const before = await getBusiestPairs("en", await version(), 3);
    expect(before.map(({ count }) => count)).toEqual([2, 2, 2]);
    const editor = await createUser(prisma, { name: "Ed", email: "ed@example.org", role: "EDITOR", password: "long enough pass" });
    expect((await setAgreementArchived(prisma, editor.id, "il-ma-us-2020", true)).ok).toBe(true);
    const after = await getBusiestPairs("en", await version(), 3);
    expect(after.map(({ states: [a, b], count }) => `${a.code}-${b.code} ${count}`)).toEqual(["DE-FR 2", "DE-IL 1", "DE-US 1"]);
    expect((await getYearCounts(await version())).years.find((year) => year.year === 2020)).toBeUndefined();
  });
});
