// The initial data: the Morocco–Israel records as the communiqué gives them, and a seed that can run twice.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/prisma/seed/seed";
import { communiqueFile } from "@/prisma/seed/morocco-israel";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();
const communique = readFileSync(communiqueFile, "utf8");

async function snapshot() {
  const prisma = database.prisma();
  return {
    countries: await prisma.country.findMany({ orderBy: { code: "asc" } }),
    domains: await prisma.cooperationDomain.findMany({ orderBy: { id: "asc" } }),
    people: await prisma.person.findMany({ orderBy: { id: "asc" } }),
    agreements: await prisma.agreement.findMany({
      orderBy: { id: "asc" },
      include: { parties: true, signatories: true, domains: true, linksFrom: true, sources: true },
    }),
    visits: await prisma.visit.findMany({ orderBy: { id: "asc" }, include: { meetings: true, sources: true } }),
    sources: await prisma.source.findMany({ orderBy: { id: "asc" } }),
  };
}

function mou() {
  return database.prisma().agreement.findUniqueOrThrow({
    where: { slug: "ma-il-defence-mou-2021" },
    include: {
      domains: { include: { domain: true } },
      signatories: { include: { person: true }, orderBy: { position: "asc" } },
      parties: true,
      signedDuringVisit: true,
    },
  });
}

describe("seed", () => {
  beforeAll(async () => {
    await database.prismaCli("migrate", "deploy");
    await seedDatabase(database.prisma());
  });
  afterAll(() => database.remove());

  it("loads the 193 UN member states and the 2 observer states with English, French and Arabic names", async () => {
    const countries = await database.prisma().country.findMany();
    expect(countries).toHaveLength(195);
    expect(
      countries
        .filter((c) => c.unStatus === "OBSERVER")
        .map((c) => c.code)
        .sort(),
    ).toEqual(["PS", "VA"]);
    expect(countries.find((c) => c.code === "MA")).toMatchObject({ nameEn: "Morocco", nameFr: "Maroc", nameAr: "المغرب" });
    expect(countries.find((c) => c.code === "IL")).toMatchObject({ nameEn: "Israel", nameFr: "Israël" });
  });

  it("gives the MoU its four cooperation domains, each with a sentence of the communiqué as evidence", async () => {
    const agreement = await mou();
    expect(agreement.domains.map((d) => d.domain.slug).sort()).toEqual([
      "defence-industry",
      "expertise-exchange",
      "technology-transfer",
      "training",
    ]);
    for (const { evidence } of agreement.domains) expect(communique).toContain(evidence);
  });

  it("records the MoU's two signatories with their titles and the states they signed for", async () => {
    const agreement = await mou();
    expect(agreement.signatories.map((s) => [s.person.name, s.countryCode])).toEqual([
      ["Benjamin Gantz", "IL"],
      ["Abdeltif Loudyi", "MA"],
    ]);
    expect(agreement.signedOn).toBe("2021-11-24");
    expect(agreement.placeCity).toBe("Rabat");
  });

  it("links the MoU to the official visit of 23–24 November 2021", async () => {
    const agreement = await mou();
    expect(agreement.signedDuringVisit).toMatchObject({
      startOn: "2021-11-23",
      endOn: "2021-11-24",
      kind: "OFFICIAL",
      visitorCountryCode: "IL",
      hostCountryCode: "MA",
    });
    const meetings = await database.prisma().meeting.findMany({ where: { visitId: agreement.signedDuringVisitId! } });
    expect(meetings).toHaveLength(2);
  });

  it("gives the December 2020 declaration its three parties", async () => {
    const declaration = await database.prisma().agreement.findUniqueOrThrow({
      where: { slug: "ma-il-us-tripartite-declaration-2020" },
      include: { parties: true },
    });
    expect(declaration.signedOn).toBe("2020-12");
    expect(declaration.parties.map((p) => p.countryCode).sort()).toEqual(["IL", "MA", "US"]);
  });

  it("cites the communiqué as the source of every record, with its full text as excerpt", async () => {
    const agreements = await database.prisma().agreement.findMany({ include: { sources: { include: { source: true } } } });
    expect(agreements).toHaveLength(4);
    for (const agreement of agreements) {
      expect(agreement.sources.map((s) => s.source.excerpt)).toEqual([communique.trim()]);
    }
  });

  it("says its notes are in English, and marks them so on a database seeded before notes had a language", async () => {
    const prisma = database.prisma();
    const languages = async () => ({
      agreements: (await prisma.agreement.findMany({ select: { notesLanguage: true } })).map((row) => row.notesLanguage),
      links: (await prisma.agreementLink.findMany({ select: { noteLanguage: true } })).map((row) => row.noteLanguage),
      visits: (await prisma.visit.findMany({ select: { notesLanguage: true } })).map((row) => row.notesLanguage),
      sources: (await prisma.source.findMany({ select: { notesLanguage: true } })).map((row) => row.notesLanguage),
    });
    expect(await languages()).toEqual({ agreements: ["en", "en", "en", "en"], links: ["en", "en", "en"], visits: ["en"], sources: ["en"] });

    // As the migration leaves a database seeded earlier, with one note an editor has since rewritten in French.
    await prisma.agreement.updateMany({ data: { notesLanguage: null } });
    await prisma.agreementLink.updateMany({ data: { noteLanguage: null } });
    await prisma.visit.updateMany({ data: { notesLanguage: null } });
    await prisma.source.updateMany({ data: { notesLanguage: null } });
    await prisma.agreement.update({ where: { slug: "ma-il-cybersecurity-mou" }, data: { notes: "Date de signature inconnue." } });
    await seedDatabase(prisma);
    const marked = await prisma.agreement.findMany({ select: { slug: true, notesLanguage: true }, orderBy: { slug: "asc" } });
    expect(marked).toEqual([
      { slug: "ma-il-cybersecurity-mou", notesLanguage: null },
      { slug: "ma-il-defence-information-protection-agreement", notesLanguage: "en" },
      { slug: "ma-il-defence-mou-2021", notesLanguage: "en" },
      { slug: "ma-il-us-tripartite-declaration-2020", notesLanguage: "en" },
    ]);
    expect((await languages()).links).toEqual(["en", "en", "en"]);
    expect((await languages()).visits).toEqual(["en"]);
    expect((await languages()).sources).toEqual(["en"]);
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot();
    const report = await seedDatabase(database.prisma());
    expect(report.recordsCreated).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});
