// The dashboard's counts (lib/db/sql/tallies.ts) kept by the record writer: after random sequences of creates,
// edits of parties, domains and dates, archives, restores and reverts, on the engine under test, every kept count
// equals what counting all the agreements again gives, and none is below zero. A refused save changes no count.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementInput, type AgreementInput } from "@/lib/agreements/schemas";
import { revertAgreement, saveAgreement, setAgreementArchived } from "@/lib/agreements/save";
import { agreementSnapshot } from "@/lib/agreements/snapshot";
import { countedTalliesSql } from "@/lib/db/sql/tallies";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();
let editor = "";
let template: AgreementInput;
let domains: string[] = [];
const countries = ["MA", "IL", "US", "FR", "AE", "EG", "DE"];
const runs = 40;

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  const prisma = database.prisma();
  await seedDatabase(prisma);
  editor = (await createUser(prisma, { name: "Ed", email: "ed@example.org", role: "EDITOR", password: "long enough pass" })).id;
  const seeded = await prisma.agreement.findFirstOrThrow({ where: { slug: "ma-il-defence-mou-2021" }, select: { id: true } });
  // The seed's memorandum as the form would post it, without links (a link needs a live target).
  template = { ...agreementInput.parse(await agreementSnapshot(prisma, seeded.id)), links: [] };
  domains = (await prisma.cooperationDomain.findMany({ select: { slug: true } })).map((domain) => domain.slug);
});

afterAll(() => database.remove());

type Row = { kind: string; key: string; count: number };
const byKey = (rows: Row[]) => rows.map((row) => `${row.kind} ${row.key} ${row.count}`).sort();

/** The kept counts above zero, and the counts as counting every agreement again gives them. */
async function keptAndCounted() {
  const kept = await database.query<Row>(`SELECT "kind", "key", "count" FROM "AgreementTally" WHERE "count" <> 0`);
  const counted = countedTalliesSql(database.engine);
  return {
    kept: byKey(kept.map((row) => ({ ...row, kind: String(row.kind) }))),
    counted: byKey(await database.query<Row>(counted.sql, counted.params)),
  };
}

const shape = fc.record({
  parties: fc.uniqueArray(fc.constantFrom(...countries), { minLength: 1, maxLength: 4 }),
  domains: fc.constant(null).chain(() => fc.uniqueArray(fc.constantFrom(...domains), { maxLength: 3 })),
  signedOn: fc.option(fc.constantFrom("2019", "2020-06", "2021-11-24", "2023-02-01"), { nil: null }),
});

const operation = fc.oneof(
  shape.map((value) => ({ op: "create" as const, ...value })),
  fc.tuple(fc.nat(), shape).map(([pick, value]) => ({ op: "edit" as const, pick, ...value })),
  fc.record({ op: fc.constantFrom("archive" as const, "restore" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("revert" as const), pick: fc.nat(), version: fc.integer({ min: 1, max: 4 }) }),
);

describe("the dashboard's counts", () => {
  it("are what the migration and the seed counted", async () => {
    const { kept, counted } = await keptAndCounted();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(counted);
  });

  it(`stay equal to a count of every agreement over ${runs} random sequences of writes`, async () => {
    const prisma = database.prisma();
    let made = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 6 }), async (operations) => {
        for (const step of operations) {
          const slugs = (await prisma.agreement.findMany({ select: { slug: true }, orderBy: { id: "asc" } })).map((row) => row.slug);
          const slug = "pick" in step ? slugs[step.pick % slugs.length]! : "";
          if (step.op === "create" || step.op === "edit") {
            const input: AgreementInput = {
              ...template,
              title: `Tally test ${++made}`,
              titleEn: null,
              titleFr: null,
              shortName: null,
              parties: step.parties,
              signatories: [],
              domains: step.domains.map((domain) => ({ slug: domain, evidence: null })),
              signedOn: step.signedOn,
              entryIntoForceOn: null,
              endedOn: null,
            };
            const result = await saveAgreement(prisma, editor, input, step.op === "edit" ? { slug } : { confirmDuplicate: true });
            expect(result.ok, JSON.stringify(result)).toBe(true);
          } else if (step.op === "revert") {
            await revertAgreement(prisma, editor, slug, step.version, (snapshot) => agreementInput.safeParse(snapshot).data ?? null);
          } else {
            await setAgreementArchived(prisma, editor, slug, step.op === "archive");
          }
        }
        const { kept, counted } = await keptAndCounted();
        expect(kept).toEqual(counted);
        const [lowest] = await database.query<{ lowest: number | null }>(`SELECT MIN("count") AS "lowest" FROM "AgreementTally"`);
        expect(lowest?.lowest ?? 0).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: runs },
    );
  });

  it("do not move when a save is refused", async () => {
    const before = await keptAndCounted();
    const result = await saveAgreement(
      database.prisma(),
      editor,
      { ...template, parties: ["MA", "ZZ"], links: [] },
      { confirmDuplicate: true },
    );
    expect(result.ok).toBe(false);
    expect(await keptAndCounted()).toEqual(before);
  });
});
