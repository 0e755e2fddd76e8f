// Random targets for the archive, restore and revert actions (after their role check): any slug, any version,
// of an agreement or a visit. Each call either changes exactly what it says, with one revision, or is refused
// and writes nothing. It never throws.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementInput } from "@/lib/agreements/schemas";
import { revertAgreement, setAgreementArchived, type SaveResult } from "@/lib/agreements/save";
import { createUser } from "@/lib/users/create-user";
import { visitInput } from "@/lib/visits/schemas";
import { revertVisit, setVisitArchived } from "@/lib/visits/save";
import { seedDatabase } from "@/prisma/seed/seed";
import { cachedDigest, databaseDigest } from "../helpers/database-digest";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();
let editor = "";
let slugs: { agreements: string[]; visits: string[] };
const runs = 400;
const tally = { changed: 0, unchanged: 0, refused: 0 };

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  const prisma = database.prisma();
  await seedDatabase(prisma);
  editor = (await createUser(prisma, { name: "Ed", email: "ed@example.org", role: "EDITOR", password: "long enough pass" })).id;
  slugs = {
    agreements: (await prisma.agreement.findMany({ select: { slug: true } })).map((row) => row.slug),
    visits: (await prisma.visit.findMany({ select: { slug: true } })).map((row) => row.slug),
  };
});

afterAll(async () => {
  await database.remove();
  console.log(`archive, restore and revert: ${runs} calls`, tally);
});

// Taken afresh after a refusal; otherwise only once something was committed (cachedDigest).
const digest = () => databaseDigest(database);
const currentDigest = cachedDigest(database);

type Call = { kind: "agreement" | "visit"; operation: "archive" | "restore" | "revert"; slug: string; version: number };

const call = (slugsOf: () => string[], kind: Call["kind"]) =>
  fc.record({
    kind: fc.constant(kind),
    operation: fc.constantFrom("archive", "restore", "revert" as const),
    // Mostly real records, sometimes anything at all.
    slug: fc.oneof(
      { weight: 4, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...slugsOf())) },
      fc.string({ maxLength: 300 }),
      fc.constantFrom("", "../etc", "<script>alert(1)</script>", "x".repeat(5000)),
    ),
    version: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: -5, max: 1_000_000 })),
  });

async function perform({ kind, operation, slug, version }: Call): Promise<SaveResult> {
  const prisma = database.prisma();
  if (kind === "agreement") {
    if (operation === "revert")
      return revertAgreement(prisma, editor, slug, version, (snapshot) => agreementInput.safeParse(snapshot).data ?? null);
    return setAgreementArchived(prisma, editor, slug, operation === "archive");
  }
  if (operation === "revert") return revertVisit(prisma, editor, slug, version, (snapshot) => visitInput.safeParse(snapshot).data ?? null);
  return setVisitArchived(prisma, editor, slug, operation === "archive");
}

describe("archive, restore and revert", () => {
  it(`each of ${runs} random calls changes the record with one revision, leaves it as it was, or is refused and writes nothing`, async () => {
    const calls = fc.oneof(
      call(() => slugs.agreements, "agreement"),
      call(() => slugs.visits, "visit"),
    );
    await fc.assert(
      fc.asyncProperty(calls, async (target) => {
        const prisma = database.prisma();
        const before = await currentDigest();
        const revisionsBefore = await prisma.revision.count();
        const result = await perform(target);
        if (!result.ok) {
          tally.refused++;
          expect(result.formError?.key ?? Object.keys(result.fieldErrors ?? {})[0]).toBeTruthy();
          expect(await digest()).toBe(before);
          return;
        }
        const record =
          target.kind === "agreement"
            ? await prisma.agreement.findUniqueOrThrow({ where: { slug: target.slug }, select: { archived: true, version: true } })
            : await prisma.visit.findUniqueOrThrow({ where: { slug: target.slug }, select: { archived: true, version: true } });
        if (target.operation !== "revert") expect(record.archived).toBe(target.operation === "archive");
        if ((await currentDigest()) === before) {
          tally.unchanged++;
          return;
        }
        tally.changed++;
        expect(record.version).toBe(result.version);
        // The record's own revision (a revert may also record the visits an agreement moved between).
        expect(await prisma.revision.count()).toBeGreaterThan(revisionsBefore);
        const kind = target.kind === "agreement" ? "AGREEMENT" : "VISIT";
        expect(
          await prisma.revision.findFirst({
            where: {
              recordKind: kind,
              version: result.version,
              action: target.operation === "revert" ? "REVERT" : target.operation === "archive" ? "ARCHIVE" : "RESTORE",
            },
          }),
        ).not.toBeNull();
      }),
      { numRuns: runs },
    );
  }, 300_000);
});
