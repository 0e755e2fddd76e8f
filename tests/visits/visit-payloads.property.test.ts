// Thousands of random and malformed visit forms, through what the create and edit actions do after checking the
// caller: FormData → readVisitFormWithErrors → visitInput.safeParse → saveVisit. Each payload is either saved
// completely, or refused with errors the form can show next to its fields and the database unchanged.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Conflict } from "@/lib/agreements/save";
import { fieldErrorsOf, type FieldErrors, type FormError } from "@/lib/forms/form-state";
import { createUser } from "@/lib/users/create-user";
import { readVisitFormWithErrors, visitInput, type VisitInput } from "@/lib/visits/schemas";
import { saveVisit } from "@/lib/visits/save";
import { visitSnapshot } from "@/lib/visits/snapshot";
import { seedDatabase } from "@/prisma/seed/seed";
import { toFormData, type FormEntry, type KnownReferences } from "../helpers/arbitraries";
import { cachedDigest, databaseDigest, dataVersion } from "../helpers/database-digest";
import { createTestDatabase } from "../helpers/test-database";
import {
  malformedVisitPayload,
  mostlyValidVisitPayload,
  visitDraft,
  visitDraftEntries,
  visitRowFields,
  visitScalarFields,
} from "../helpers/visit-arbitraries";

const database = await createTestDatabase();
let editor = "";
let known: KnownReferences;

// Enough payloads to find the rare shapes, few enough for the file to run in well under a minute on two cores.
const runs = { malformed: 600, mostlyValid: 120, edits: 100, staleEdits: 100 };
const tally: Record<string, { saved: number; refusedBySchema: number; refusedOnSave: number }> = {};
/** How often each message was given, to show which refusals the payloads reached. */
const messagesSeen: Record<string, number> = {};
const count = (property: string, outcome: Outcome) => {
  const row = tally[property] ?? { saved: 0, refusedBySchema: 0, refusedOnSave: 0 };
  tally[property] = row;
  if (outcome.ok) row.saved++;
  else if (outcome.reachedSave) row.refusedOnSave++;
  else row.refusedBySchema++;
};

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  const prisma = database.prisma();
  await seedDatabase(prisma);
  editor = (await createUser(prisma, { name: "Ed", email: "ed@example.org", role: "EDITOR", password: "long enough pass" })).id;
  const codes = (await prisma.country.findMany({ select: { code: true } })).map((country) => country.code);
  known = {
    countries: ["MA", "IL", "US", "FR", "AE", "EG", "GB", "DE"].filter((code) => codes.includes(code)),
    domains: (await prisma.cooperationDomain.findMany({ select: { slug: true } })).map((domain) => domain.slug),
    visits: (await prisma.visit.findMany({ select: { slug: true } })).map((visit) => visit.slug),
    agreements: (await prisma.agreement.findMany({ select: { slug: true } })).map((agreement) => agreement.slug),
    sourceIds: (await prisma.source.findMany({ select: { id: true } })).map((source) => source.id),
  };
});

afterAll(async () => {
  await database.remove();
  console.log("visit payloads (saved / refused by the schema / refused on saving):", tally, "field error messages given:", messagesSeen);
});

const digestNow = () => databaseDigest(database);

type Outcome =
  | { ok: true; slug: string; version: number; input: VisitInput }
  | { ok: false; reachedSave: boolean; fieldErrors: FieldErrors; formError?: FormError; conflict?: Conflict; input?: VisitInput };

/**
 * What createVisit and updateVisit do once the caller is known to be an editor. `beforeSave` runs once the schema
 * has accepted the form, just before the database is touched.
 */
async function submit(
  entries: readonly FormEntry[],
  target: { slug?: string; version?: number } = {},
  beforeSave: () => Promise<void> | void = () => {},
): Promise<Outcome> {
  const { data, remap } = readVisitFormWithErrors(toFormData(entries));
  const parsed = visitInput.safeParse(data);
  if (!parsed.success)
    return { ok: false, reachedSave: false, fieldErrors: remap(fieldErrorsOf(parsed.error)), formError: { key: "fixFields" } };
  await beforeSave();
  const result = await saveVisit(database.prisma(), editor, parsed.data, target);
  if (result.ok) return { ok: true, slug: result.slug, version: result.version, input: parsed.data };
  const { fieldErrors, formError, conflict } = result;
  return { ok: false, reachedSave: true, fieldErrors: fieldErrors ? remap(fieldErrors) : {}, formError, conflict, input: parsed.data };
}

/**
 * Proves a refused payload wrote nothing. The data version (database-digest.ts) moves whenever a write is committed,
 * so it is compared after every refusal. The digest of every row, which costs more as the database grows, is compared
 * after every refusal that reached saveVisit and after one payload in ten refused by the schema (which never
 * touches the database). A digest is kept with the data version it was taken at, and taken again once that moved.
 */
let submissions = 0;
const currentDigest = cachedDigest(database);

async function submitWatched(entries: readonly FormEntry[], target: { slug?: string; version?: number } = {}): Promise<Outcome> {
  const versionBefore = await dataVersion(database);
  let digestBefore = submissions++ % 10 === 0 ? await currentDigest() : null;
  const outcome = await submit(entries, target, async () => {
    digestBefore ??= await currentDigest();
  });
  if (outcome.ok) return outcome;
  expect(await dataVersion(database), "a refused payload commits nothing").toBe(versionBefore);
  if (digestBefore !== null) expect(await digestNow(), "a refused payload leaves every row as it was").toBe(digestBefore);
  return outcome;
}

const errorMessages = new Set(Object.keys(JSON.parse(readFileSync("messages/en.json", "utf8")).forms.errors as object));
const rowFields: Record<string, readonly string[]> = visitRowFields;
const wholeFields = new Set<string>([...visitScalarFields, ...Object.keys(rowFields)]);

/** The input or group of inputs an error key names in the posted form, or null when it names none. */
function fieldOfError(key: string, entries: readonly FormEntry[]): string | null {
  if (wholeFields.has(key)) return key;
  const row = /^(meetings|agreements|sources)\.(\d+)\.(\w+)$/.exec(key);
  if (!row || !rowFields[row[1]!]!.includes(row[3]!)) return null;
  // The form shows a row for each index posted, so the field exists when its row was posted.
  const prefix = new RegExp(`^${row[1]}\\.0*${row[2]}\\.`);
  return entries.some(([name]) => prefix.test(name) && Number(name.split(".")[1]) === Number(row[2])) ? key : null;
}

/** A refusal says why, in words the form has, next to fields the form has. */
function expectShowableRefusal(outcome: Extract<Outcome, { ok: false }>, entries: readonly FormEntry[]) {
  const keys = Object.keys(outcome.fieldErrors);
  expect(keys.length > 0 || outcome.formError !== undefined, "a refusal says why").toBe(true);
  for (const key of keys) {
    expect(fieldOfError(key, entries), `error key "${key.slice(0, 80)}" names a field of the form`).toBe(key);
    const messages = outcome.fieldErrors[key] ?? [];
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(errorMessages.has(message), `"${message}" (on ${key}) is a message of the form`).toBe(true);
      messagesSeen[message] = (messagesSeen[message] ?? 0) + 1;
    }
  }
  if (outcome.formError) expect(errorMessages.has(outcome.formError.key), `form error "${outcome.formError.key}"`).toBe(true);
}

const sourcesWithoutIds = (sources: VisitInput["sources"]) => sources.map(({ sourceId: _, ...source }) => JSON.stringify(source)).sort();

/** The snapshot a saved input must read back as: agreements by slug, sources as found again. */
function expectedSnapshot(input: VisitInput) {
  return {
    ...input,
    notesLanguage: input.notes ? input.notesLanguage : null,
    agreements: [...input.agreements].sort((a, b) => (a.slug < b.slug ? -1 : 1)),
    sources: sourcesWithoutIds(input.sources),
    archived: false,
  };
}

async function readBack(slug: string) {
  const prisma = database.prisma();
  const visit = await prisma.visit.findUniqueOrThrow({ where: { slug } });
  const snapshot = (await visitSnapshot(prisma, visit.id))!;
  const revisions = await prisma.revision.findMany({ where: { recordKind: "VISIT", recordId: visit.id }, orderBy: { version: "asc" } });
  return { visit, snapshot, revisions, comparable: { ...snapshot, sources: sourcesWithoutIds(snapshot.sources) } };
}

/** Each agreement the visit names is now signed during it, and that change is its latest revision. */
async function expectAgreementsSignedDuring(visitId: number, input: VisitInput) {
  const prisma = database.prisma();
  for (const { slug } of input.agreements) {
    const agreement = await prisma.agreement.findUniqueOrThrow({
      where: { slug },
      select: { id: true, version: true, signedDuringVisitId: true },
    });
    expect(agreement.signedDuringVisitId).toBe(visitId);
    const latest = await prisma.revision.findUnique({
      where: { recordKind_recordId_version: { recordKind: "AGREEMENT", recordId: agreement.id, version: agreement.version } },
    });
    expect(latest, `agreement ${slug} has a revision for its version ${agreement.version}`).not.toBeNull();
  }
}

describe("visit form payloads", () => {
  it(`saves each of ${runs.malformed} malformed payloads completely, or refuses it with field errors and writes nothing`, async () => {
    const prisma = database.prisma();
    await fc.assert(
      fc.asyncProperty(malformedVisitPayload(known), async (entries) => {
        const visitsBefore = await prisma.visit.count();
        const outcome = await submitWatched(entries);
        count("malformed", outcome);
        if (!outcome.ok) {
          expectShowableRefusal(outcome, entries);
          return;
        }
        const { input } = outcome;
        expect(await prisma.visit.count()).toBe(visitsBefore + 1);
        const { visit, snapshot, revisions } = await readBack(outcome.slug);
        expect(snapshot.visitorName).toBe(input.visitorName);
        expect([visit.visitorCountryCode, visit.hostCountryCode]).toEqual([input.visitorCountryCode, input.hostCountryCode]);
        expect([visit.startOn, visit.endOn]).toEqual([input.startOn, input.endOn]);
        expect(snapshot.meetings).toHaveLength(input.meetings.length);
        expect(snapshot.agreements.map((row) => row.slug).sort()).toEqual(input.agreements.map((row) => row.slug).sort());
        await expectAgreementsSignedDuring(visit.id, input);
        expect(revisions.map(({ version, action, userId }) => ({ version, action, userId }))).toEqual([
          { version: 1, action: "CREATE", userId: editor },
        ]);
        expect(visit.version).toBe(1);
      }),
      { numRuns: runs.malformed },
    );
  }, 300_000);

  it(`reads back each mostly valid payload it saves (of ${runs.mostlyValid}) exactly as parsed`, async () => {
    await fc.assert(
      fc.asyncProperty(mostlyValidVisitPayload(known), async (entries) => {
        const outcome = await submitWatched(entries);
        count("mostlyValid", outcome);
        if (!outcome.ok) {
          expectShowableRefusal(outcome, entries);
          return;
        }
        const { comparable, revisions, visit } = await readBack(outcome.slug);
        expect(comparable).toEqual(expectedSnapshot(outcome.input));
        await expectAgreementsSignedDuring(visit.id, outcome.input);
        expect(revisions).toHaveLength(1);
        expect(visit.version).toBe(1);
      }),
      { numRuns: runs.mostlyValid },
    );
    // Most well-formed drafts are saved (the rest were mutated into invalid ones).
    expect(tally.mostlyValid!.saved).toBeGreaterThan(runs.mostlyValid / 2);
  }, 300_000);

  describe("edits", () => {
    let slug = "";
    let version = 0;

    beforeAll(async () => {
      for (const draft of fc.sample(visitDraft(known), { numRuns: 20, seed: 42 })) {
        const created = await submit(visitDraftEntries(draft));
        if (created.ok) {
          ({ slug, version } = created);
          return;
        }
      }
      throw new Error("none of 20 valid drafts was saved as the visit to edit");
    });

    it(`saves each of ${runs.edits} edits at the current version as the next version, or refuses it and writes nothing`, async () => {
      const payload = fc.oneof(mostlyValidVisitPayload(known), malformedVisitPayload(known));
      await fc.assert(
        fc.asyncProperty(payload, async (entries) => {
          const { visit: before, revisions: revisionsBefore } = await readBack(slug);
          const outcome = await submitWatched(entries, { slug, version });
          count("edits", outcome);
          if (!outcome.ok) {
            expectShowableRefusal(outcome, entries);
            expect(outcome.conflict).toBeUndefined();
            return;
          }
          expect(outcome).toMatchObject({ slug, version: version + 1 });
          version = outcome.version;
          const { comparable, revisions, visit } = await readBack(slug);
          expect(visit.id).toBe(before.id);
          expect(visit.version).toBe(version);
          expect(revisions).toHaveLength(revisionsBefore.length + 1);
          expect(revisions.at(-1)).toMatchObject({ version, action: "UPDATE", userId: editor });
          expect(comparable).toEqual(expectedSnapshot(outcome.input));
          await expectAgreementsSignedDuring(visit.id, outcome.input);
        }),
        { numRuns: runs.edits },
      );
      expect(tally.edits!.saved).toBeGreaterThan(0);
    }, 300_000);

    it(`refuses each of ${runs.staleEdits} edits at another version, with the newer changes when the form is valid, and writes nothing`, async () => {
      const payload = fc.tuple(
        fc.oneof({ weight: 3, arbitrary: mostlyValidVisitPayload(known) }, malformedVisitPayload(known)),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
      );
      await fc.assert(
        fc.asyncProperty(payload, async ([entries, offset, later]) => {
          const stale = later || version - offset < 1 ? version + offset : version - offset;
          const outcome = await submitWatched(entries, { slug, version: stale });
          count("staleEdits", outcome);
          expect(outcome.ok).toBe(false);
          if (outcome.ok) return;
          expectShowableRefusal(outcome, entries);
          // A form the schema accepts is refused for the newer version, before its references are even checked.
          if (outcome.reachedSave) expect(outcome).toMatchObject({ formError: { key: "visitConflict" }, conflict: { version } });
        }),
        { numRuns: runs.staleEdits },
      );
    }, 300_000);
  });

  // Found while writing the properties above: an agreement is signed during one visit at most, so naming it on
  // visit B takes it off visit A. A must get a new version and a revision saying so, or a form opened on A before
  // would take the agreement back unseen.
  it("records on the visit an agreement was signed during that another visit took it", async () => {
    const agreement = known.agreements[0]!;
    const visit = (visitorName: string, hostCountryCode: string): FormEntry[] => [
      ["visitorName", visitorName],
      ["visitorCountryCode", "IL"],
      ["hostCountryCode", hostCountryCode],
      ["kind", "OFFICIAL"],
      ["agreements.0.slug", agreement],
      ["sources.0.publisher", "Ministry of Defence"],
      ["sources.0.title", "Press release"],
      ["sources.0.language", "en"],
    ];
    const first = await submit(visit("First Visitor", "MA"));
    if (!first.ok) throw new Error(`the first visit was refused: ${JSON.stringify(first)}`);
    const second = await submit(visit("Second Visitor", "US"));
    expect(second.ok).toBe(true);
    const { visit: firstNow, snapshot, revisions } = await readBack(first.slug);
    expect(snapshot.agreements).toEqual([]);
    expect(firstNow.version).toBe(first.version + 1);
    expect(JSON.parse(revisions.at(-1)!.snapshot).agreements).toEqual(snapshot.agreements);
  });
});
