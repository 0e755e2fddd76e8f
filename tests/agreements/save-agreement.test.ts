// Writing agreements on a migrated, seeded throw-away database: creation, edits, conflicts, duplicates,
// archive and restore, and bringing back an earlier version, each recorded as a revision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementInput, type AgreementInput } from "@/lib/agreements/schemas";
import { revertAgreement, saveAgreement, setAgreementArchived } from "@/lib/agreements/save";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();
let editor = "";

const valid = (overrides: Partial<Record<keyof AgreementInput, unknown>> = {}): AgreementInput =>
  agreementInput.parse({
    title: "Accord de coopération en matière de formation militaire",
    titleLanguage: "fr",
    titleEn: "Agreement on military training cooperation",
    form: "AGREEMENT",
    status: "SIGNED",
    signedOn: "2024-03-12",
    placeCity: "Rabat",
    placeCountryCode: "MA",
    parties: ["MA", "FR"],
    signatories: [{ personName: "Abdeltif Loudyi", titleEn: "Minister Delegate", countryCode: "MA" }],
    domains: [{ slug: "training", evidence: "Les parties coopèrent en matière de formation." }],
    links: [{ kind: "IMPLEMENTS", target: "ma-il-defence-mou-2021" }],
    sources: [{ publisher: "Ministry", title: "Press release", language: "fr", url: "https://example.org/release" }],
    ...overrides,
  });

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  await seedDatabase(database.prisma());
  editor = (await createUser(database.prisma(), { name: "Ed", email: "ed@example.org", role: "EDITOR", password: "long enough pass" })).id;
});
afterAll(() => database.remove());

describe("saving agreements", () => {
  it("creates an agreement with every kind of field, searchable, with a CREATE revision", async () => {
    const prisma = database.prisma();
    const result = await saveAgreement(prisma, editor, valid());
    expect(result).toMatchObject({ ok: true, slug: "agreement-on-military-training-cooperation-2024", version: 1 });
    const saved = await prisma.agreement.findUniqueOrThrow({
      where: { slug: "agreement-on-military-training-cooperation-2024" },
      include: { parties: { orderBy: { position: "asc" } }, signatories: true, domains: true, linksFrom: true, sources: true },
    });
    expect(saved.parties.map((p) => p.countryCode)).toEqual(["MA", "FR"]);
    expect(saved.signatories).toHaveLength(1);
    expect(saved.linksFrom).toHaveLength(1);
    expect(saved.searchText).toContain("formation");
    const revisions = await prisma.revision.findMany({ where: { recordKind: "AGREEMENT", recordId: saved.id } });
    expect(revisions).toMatchObject([{ action: "CREATE", version: 1, userId: editor }]);
    // The existing signatory is found again, not made twice.
    expect(await prisma.person.count({ where: { name: "Abdeltif Loudyi" } })).toBe(1);
  });

  it("points out a possible duplicate, and saves it when the editor confirms", async () => {
    const prisma = database.prisma();
    const again = valid({ titleEn: "Agreement on cooperation in military training" });
    expect(await saveAgreement(prisma, editor, again)).toMatchObject({
      ok: false,
      duplicate: { slug: "agreement-on-military-training-cooperation-2024" },
    });
    expect(await saveAgreement(prisma, editor, again, { confirmDuplicate: true })).toMatchObject({ ok: true });
  });

  it("refuses unknown references and writes nothing", async () => {
    const prisma = database.prisma();
    const before = await prisma.agreement.count();
    const result = await saveAgreement(
      prisma,
      editor,
      valid({
        title: "Other",
        titleEn: "Other",
        links: [{ kind: "AMENDS", target: "no-such-agreement" }],
        signedDuringVisit: "no-such-visit",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { "links.0.target": ["unknownAgreement"], signedDuringVisit: ["unknownVisit"] },
    });
    expect(await prisma.agreement.count()).toBe(before);
  });

  it("never overwrites a newer edit: the second of two forms opened at version 1 gets the changes", async () => {
    const prisma = database.prisma();
    const slug = "agreement-on-military-training-cooperation-2024";
    // As the edit form sends them: the existing source by its id.
    const { sourceId } = await prisma.agreementSource.findFirstOrThrow({ where: { agreement: { slug } } });
    const sources = [{ sourceId, publisher: "Ministry", title: "Press release", language: "fr", url: "https://example.org/release" }];
    expect(
      await saveAgreement(prisma, editor, valid({ status: "IN_FORCE", entryIntoForceOn: "2024-06", sources }), { slug, version: 1 }),
    ).toMatchObject({ ok: true, version: 2 });
    const late = await saveAgreement(prisma, editor, valid({ notes: "mine", sources }), { slug, version: 1 });
    expect(late).toMatchObject({ ok: false, formError: { key: "conflict" }, conflict: { version: 2 } });
    if (!late.ok) expect(late.conflict?.changes.map((change) => change.field).sort()).toEqual(["entryIntoForceOn", "status"]);
    const saved = await prisma.agreement.findUniqueOrThrow({ where: { slug } });
    expect(saved).toMatchObject({ status: "IN_FORCE", notes: null, version: 2 });
  });

  it("archives, restores and reverts, each as a revision", async () => {
    const prisma = database.prisma();
    const slug = "agreement-on-military-training-cooperation-2024";
    expect(await setAgreementArchived(prisma, editor, slug, true)).toMatchObject({ ok: true, version: 3 });
    expect(await setAgreementArchived(prisma, editor, slug, false)).toMatchObject({ ok: true, version: 4 });
    const reverted = await revertAgreement(prisma, editor, slug, 1, (snapshot) => agreementInput.parse(snapshot));
    expect(reverted).toMatchObject({ ok: true, version: 5 });
    const saved = await prisma.agreement.findUniqueOrThrow({ where: { slug } });
    expect(saved).toMatchObject({ status: "SIGNED", entryIntoForceOn: null, archived: false });
    const actions = (
      await prisma.revision.findMany({ where: { recordId: saved.id, recordKind: "AGREEMENT" }, orderBy: { version: "asc" } })
    ).map((revision) => [revision.version, revision.action, revision.revertedTo]);
    expect(actions).toEqual([
      [1, "CREATE", null],
      [2, "UPDATE", null],
      [3, "ARCHIVE", null],
      [4, "RESTORE", null],
      [5, "REVERT", 1],
    ]);
    const changes = JSON.parse((await prisma.revision.findFirstOrThrow({ where: { recordId: saved.id, version: 2 } })).changes);
    expect(changes).toContainEqual({ field: "status", before: "SIGNED", after: "IN_FORCE" });
  });
});

describe("an agreement and its visit", () => {
  it("naming the visit in the agreement's form is a change of the visit too, with its own revision", async () => {
    const prisma = database.prisma();
    const visitBefore = await prisma.visit.findUniqueOrThrow({ where: { slug: "2021-11-gantz-morocco" } });
    const result = await saveAgreement(
      prisma,
      editor,
      valid({
        title: "Arrangement on joint exercises",
        titleEn: "Arrangement on joint exercises",
        form: "ARRANGEMENT",
        signedDuringVisit: "2021-11-gantz-morocco",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const visitAfter = await prisma.visit.findUniqueOrThrow({ where: { slug: "2021-11-gantz-morocco" } });
    expect(visitAfter.version).toBe(visitBefore.version + 1);
    const revision = await prisma.revision.findFirstOrThrow({
      where: { recordKind: "VISIT", recordId: visitAfter.id, version: visitAfter.version },
    });
    expect(JSON.parse(revision.snapshot).agreements).toContainEqual({ slug: result.ok ? result.slug : "" });
  });
});

describe("the agreement form's rules", () => {
  const problems = (overrides: Record<string, unknown>) =>
    agreementInput.safeParse({ ...valid(), ...overrides }).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);

  it("needs two distinct parties, and signatories who sign for a party", () => {
    expect(problems({ parties: ["MA"] })).toEqual(["parties: partiesTooFew"]);
    expect(problems({ parties: ["MA", "MA"] })).toEqual(["parties: partiesDistinct"]);
    expect(problems({ signatories: [{ personName: "X", countryCode: "US" }] })).toEqual(["signatories.0.countryCode: signatoryNotParty"]);
  });

  it("keeps dates in order and within reason", () => {
    expect(problems({ entryIntoForceOn: "2024-03-11" })).toEqual(["entryIntoForceOn: entryBeforeSignature"]);
    expect(problems({ entryIntoForceOn: "2024-03" })).toBeUndefined();
    expect(problems({ endedOn: "2023" })).toEqual(["endedOn: endBeforeStart"]);
    expect(problems({ signedOn: "1799-12-31" })).toEqual(["signedOn: dateOutOfRange"]);
    expect(problems({ signedOn: "3024-01-01" })).toEqual(["signedOn: dateOutOfRange"]);
    expect(problems({ signedOn: "2024-02-30" })).toEqual(["signedOn: invalidDate"]);
  });

  it("accepts only http(s) addresses and bounded lengths", () => {
    expect(problems({ sources: [{ publisher: "P", title: "T", language: "fr", url: "javascript:alert(1)" }] })).toEqual([
      "sources.0.url: invalidUrl",
    ]);
    expect(problems({ title: "x".repeat(501) })).toEqual(["title: tooLong"]);
    expect(problems({ title: "   " })).toEqual(["title: required"]);
  });
});
