// Writing an agreement, whichever way it comes (the form, an archive, a restored version): references checked,
// possible duplicates pointed out, someone else's newer edit never overwritten, every change recorded as a
// revision, all in one transaction. The caller is not checked here: the server actions (lib/agreements/actions.ts)
// check it once, first (tests/auth/editor-actions.test.ts), and pass the editor's id; the property tests call
// these directly.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RevisionAction } from "@/lib/generated/prisma/enums";
import { bumpChangeVersion } from "@/lib/cache/change-counter";
import { writeTransaction } from "@/lib/db/write";
import type { FieldErrors } from "@/lib/forms/form-state";
import { normalizeSearchText, normalizedWords } from "@/lib/search/normalize";
import { saveSourceRows } from "@/lib/sources/save";
import {
  personId,
  recordRevision,
  recordVisitChanges,
  Refusal,
  visitsBeforeChange,
  type SaveResult as WriteResult,
  type Transaction,
} from "@/lib/revisions/write";
import { refreshAgreementSearchText } from "./search-text";
import { applyTallyChange, tallyContributions } from "./tallies";
import { agreementSnapshot, snapshotChanges, type AgreementSnapshot } from "./snapshot";
import type { AgreementInput } from "./schemas";
import { loadChangeLabels } from "@/lib/revisions/change-labels";

export interface PossibleDuplicate {
  slug: string;
  title: string;
}

/** An agreement's save: refused, it may name a possible duplicate. */
export type SaveResult = WriteResult<{ duplicate?: PossibleDuplicate }>;

export interface SaveTarget {
  /** The agreement being edited, by slug; absent to create one. */
  slug?: string;
  /** The version the form was opened at (edits only). */
  version?: number;
  /** The editor has seen the possible duplicate and saves anyway. */
  confirmDuplicate?: boolean;
  action?: Extract<RevisionAction, "CREATE" | "UPDATE" | "REVERT">;
  revertedTo?: number;
}

/** Words of a title, for comparing titles without case, accents or punctuation. */
function titleWords(title: string): Set<string> {
  return new Set(normalizedWords(title).filter((word) => word.length > 2));
}

export function similarTitles(a: string, b: string): boolean {
  const left = titleWords(a);
  const right = titleWords(b);
  if (left.size === 0 || right.size === 0) return normalizeSearchText(a) === normalizeSearchText(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (left.size + right.size - shared) >= 0.6;
}

// Addresses under /agreements/ that are pages of their own.
const reservedSlugs = new Set(["new", "archived"]);

async function uniqueSlug(tx: Transaction, input: AgreementInput): Promise<string> {
  const base =
    normalizeSearchText(input.shortName ?? input.titleEn ?? input.title)
      .split(" ")
      .slice(0, 10)
      .join("-")
      .slice(0, 80)
      .replace(/-+$/, "") || "agreement";
  const year = input.signedOn?.slice(0, 4);
  const stem = year && !base.endsWith(year) ? `${base}-${year}` : base;
  let slug = reservedSlugs.has(stem) ? `${stem}-2` : stem;
  for (let suffix = 2; await tx.agreement.findUnique({ where: { slug }, select: { id: true } }); suffix++) slug = `${stem}-${suffix}`;
  return slug;
}

/** Every name the input refers to must exist: countries, domains, the visit, linked agreements, sources. */
async function checkReferences(tx: Transaction, input: AgreementInput, selfId: number | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const codes = new Set([...input.parties, ...input.signatories.map((row) => row.countryCode)]);
  if (input.placeCountryCode) codes.add(input.placeCountryCode);
  const known = new Set((await tx.country.findMany({ where: { code: { in: [...codes] } }, select: { code: true } })).map((c) => c.code));
  if (input.parties.some((code) => !known.has(code))) errors.parties = ["invalidCountry"];
  if (input.placeCountryCode && !known.has(input.placeCountryCode)) errors.placeCountryCode = ["invalidCountry"];
  input.signatories.forEach((row, index) => {
    if (!known.has(row.countryCode)) errors[`signatories.${index}.countryCode`] = ["invalidCountry"];
  });

  const slugs = input.domains.map((row) => row.slug);
  const domains = await tx.cooperationDomain.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  if (domains.length !== new Set(slugs).size) errors.domains = ["invalidChoice"];

  if (input.signedDuringVisit) {
    const visit = await tx.visit.findUnique({ where: { slug: input.signedDuringVisit }, select: { archived: true } });
    if (!visit || visit.archived) errors.signedDuringVisit = ["unknownVisit"];
  }
  for (const [index, link] of input.links.entries()) {
    const target = await tx.agreement.findUnique({ where: { slug: link.target }, select: { id: true, archived: true } });
    if (!target || target.archived) errors[`links.${index}.target`] = ["unknownAgreement"];
    else if (target.id === selfId) errors[`links.${index}.target`] = ["linkToSelf"];
  }
  const linkKeys = input.links.map((link) => `${link.kind}:${link.target}`);
  linkKeys.forEach((key, index) => {
    if (linkKeys.indexOf(key) !== index) errors[`links.${index}.target`] = ["linkRepeated"];
  });
  for (const [index, source] of input.sources.entries()) {
    if (source.sourceId !== null && !(await tx.source.findUnique({ where: { id: source.sourceId }, select: { id: true } }))) {
      errors[`sources.${index}.sourceId`] = ["invalidChoice"];
    }
  }
  return errors;
}

async function findDuplicate(tx: Transaction, input: AgreementInput, selfId: number | null): Promise<PossibleDuplicate | null> {
  const parties = [...new Set(input.parties)].sort();
  const candidates = await tx.agreement.findMany({
    where: {
      archived: false,
      form: input.form,
      signedOn: input.signedOn,
      id: selfId ? { not: selfId } : undefined,
      parties: { some: { countryCode: parties[0] } },
    },
    select: { slug: true, title: true, titleEn: true, titleFr: true, titleAr: true, parties: { select: { countryCode: true } } },
    take: 200,
  });
  for (const candidate of candidates) {
    const theirs = candidate.parties.map((party) => party.countryCode).sort();
    if (theirs.join() !== parties.join()) continue;
    const titles = [candidate.title, candidate.titleEn, candidate.titleFr, candidate.titleAr].filter((title): title is string => !!title);
    const ours = [input.title, input.titleEn, input.titleFr, input.titleAr].filter((title): title is string => !!title);
    if (titles.some((theirTitle) => ours.some((ourTitle) => similarTitles(theirTitle, ourTitle)))) {
      return { slug: candidate.slug, title: candidate.titleEn ?? candidate.title };
    }
  }
  return null;
}

async function writeChildren(tx: Transaction, id: number, input: AgreementInput, slug: string) {
  const previousDomains = await tx.agreementDomain.findMany({ where: { agreementId: id }, include: { domain: true } });
  await tx.agreementParty.deleteMany({ where: { agreementId: id } });
  await tx.signatory.deleteMany({ where: { agreementId: id } });
  await tx.agreementDomain.deleteMany({ where: { agreementId: id } });
  await tx.agreementLink.deleteMany({ where: { fromId: id } });
  await tx.agreementSource.deleteMany({ where: { agreementId: id } });

  await tx.agreementParty.createMany({
    data: [...new Set(input.parties)].map((countryCode, position) => ({ agreementId: id, countryCode, position })),
  });
  for (const [position, row] of input.signatories.entries()) {
    await tx.signatory.create({
      data: {
        agreementId: id,
        personId: await personId(tx, row.personName),
        titleEn: row.titleEn,
        titleFr: row.titleFr,
        countryCode: row.countryCode,
        position,
      },
    });
  }
  const domainIds = new Map(
    (await tx.cooperationDomain.findMany({ where: { slug: { in: input.domains.map((row) => row.slug) } } })).map((d) => [d.slug, d.id]),
  );
  await tx.agreementDomain.createMany({
    data: input.domains.map((row) => ({
      agreementId: id,
      domainId: domainIds.get(row.slug)!,
      evidence: row.evidence,
      // The quoted sentence keeps its source as long as it is kept.
      evidenceSourceId:
        previousDomains.find((previous) => previous.domain.slug === row.slug && previous.evidence === row.evidence)?.evidenceSourceId ??
        null,
    })),
  });
  for (const link of input.links) {
    const target = await tx.agreement.findUniqueOrThrow({ where: { slug: link.target }, select: { id: true } });
    await tx.agreementLink.create({
      data: { fromId: id, toId: target.id, kind: link.kind, note: link.note, noteLanguage: link.note ? notesLanguageOf(input) : null },
    });
  }
  await tx.agreementSource.createMany({
    data: (await saveSourceRows(tx, input.sources, `agreement:${slug}`)).map((sourceId) => ({ agreementId: id, sourceId })),
  });
}

/** The notes' language, kept only while there is a note for it to describe. */
function notesLanguageOf(input: AgreementInput): string | null {
  return input.notes || input.links.some((link) => link.note) ? input.notesLanguage : null;
}

function scalarData(input: AgreementInput, visitId: number | null) {
  return {
    title: input.title,
    titleLanguage: input.titleLanguage,
    titleEn: input.titleEn,
    titleFr: input.titleFr,
    titleAr: input.titleAr,
    shortName: input.shortName,
    form: input.form,
    legalNature: input.legalNature,
    status: input.status,
    disclosure: input.disclosure,
    signedOn: input.signedOn,
    entryIntoForceOn: input.entryIntoForceOn,
    endedOn: input.endedOn,
    placeCity: input.placeCity,
    placeCountryCode: input.placeCountryCode,
    summaryEn: input.summaryEn,
    summaryFr: input.summaryFr,
    notes: input.notes,
    notesLanguage: notesLanguageOf(input),
    signedDuringVisitId: visitId,
  };
}

/** The snapshot of an agreement at a version, from its revisions; null when no revision holds it. */
export async function snapshotAtVersion(
  tx: Pick<PrismaClient, "revision">,
  recordId: number,
  version: number,
): Promise<AgreementSnapshot | null> {
  const revision = await tx.revision.findUnique({ where: { recordKind_recordId_version: { recordKind: "AGREEMENT", recordId, version } } });
  return revision ? (JSON.parse(revision.snapshot) as AgreementSnapshot) : null;
}

export async function saveAgreement(db: PrismaClient, userId: string, input: AgreementInput, target: SaveTarget = {}): Promise<SaveResult> {
  try {
    return await writeTransaction(db, async (tx) => {
      const current = target.slug
        ? await tx.agreement.findUnique({
            where: { slug: target.slug },
            select: { id: true, slug: true, version: true, signedDuringVisitId: true },
          })
        : null;
      if (target.slug && !current) throw new Refusal({ ok: false, formError: { key: "agreementGone" } });
      if (current && target.version !== undefined && target.version !== current.version) {
        const opened = await snapshotAtVersion(tx, current.id, target.version);
        const now = (await agreementSnapshot(tx, current.id))!;
        const changes = snapshotChanges(opened, now);
        throw new Refusal({
          ok: false,
          formError: { key: "conflict" },
          conflict: { version: current.version, changes, labels: await loadChangeLabels(tx, changes) },
        });
      }
      const selfId = current?.id ?? null;
      const fieldErrors = await checkReferences(tx, input, selfId);
      // Every record cites its sources: a new one may not be saved without any (older ones are flagged instead).
      if (!current && input.sources.length === 0) fieldErrors.sources = ["sourceRequired"];
      if (Object.keys(fieldErrors).length > 0) throw new Refusal({ ok: false, fieldErrors, formError: { key: "fixFields" } });
      // Only a new agreement is compared with the others: an edit is of a record already accepted.
      if (!current && !target.confirmDuplicate) {
        const duplicate = await findDuplicate(tx, input, selfId);
        if (duplicate) throw new Refusal({ ok: false, formError: { key: "possibleDuplicate" }, duplicate });
      }

      const visitId = input.signedDuringVisit
        ? (await tx.visit.findUniqueOrThrow({ where: { slug: input.signedDuringVisit }, select: { id: true } })).id
        : null;
      const before = current ? await agreementSnapshot(tx, current.id) : null;
      const countedBefore = await tallyContributions(tx, current ? [current.id] : []);
      const previousVisitId = current?.signedDuringVisitId ?? null;
      const visitsBefore = previousVisitId === visitId ? new Map() : await visitsBeforeChange(tx, [previousVisitId, visitId]);
      let id: number;
      let slug: string;
      let version: number;
      if (current) {
        // Only the version the form was opened at may be replaced, even if another save slipped in meanwhile.
        const updated = await tx.agreement.updateMany({
          where: { id: current.id, version: current.version },
          data: { ...scalarData(input, visitId), version: { increment: 1 } },
        });
        if (updated.count !== 1)
          throw new Refusal({ ok: false, formError: { key: "conflict" }, conflict: { version: current.version + 1, changes: [] } });
        ({ id, slug } = current);
        version = current.version + 1;
      } else {
        slug = await uniqueSlug(tx, input);
        ({ id, version } = await tx.agreement.create({
          data: { ...scalarData(input, visitId), slug },
          select: { id: true, version: true },
        }));
      }
      await writeChildren(tx, id, input, slug);
      await refreshAgreementSearchText(tx, [id]);
      await applyTallyChange(tx, countedBefore, await tallyContributions(tx, [id]));
      const after = (await agreementSnapshot(tx, id))!;
      const action = target.action ?? (current ? "UPDATE" : "CREATE");
      await recordRevision(
        tx,
        { recordKind: "AGREEMENT", recordId: id, version, action, userId, revertedTo: target.revertedTo },
        before,
        after,
      );
      await recordVisitChanges(tx, visitsBefore, userId);
      await bumpChangeVersion(tx, "agreements");
      return { ok: true as const, slug, version };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

/** Archives or restores an agreement (never deletes it), as a revision of its own. */
export async function setAgreementArchived(db: PrismaClient, userId: string, slug: string, archived: boolean): Promise<SaveResult> {
  return writeTransaction(db, async (tx) => {
    const current = await tx.agreement.findUnique({ where: { slug }, select: { id: true, version: true, archived: true } });
    if (!current) return { ok: false, formError: { key: "agreementGone" } };
    if (current.archived === archived) return { ok: true, slug, version: current.version };
    const before = (await agreementSnapshot(tx, current.id))!;
    const countedBefore = await tallyContributions(tx, [current.id]);
    await tx.agreement.update({ where: { id: current.id }, data: { archived, version: { increment: 1 } } });
    await applyTallyChange(tx, countedBefore, await tallyContributions(tx, [current.id]));
    const version = current.version + 1;
    await recordRevision(
      tx,
      { recordKind: "AGREEMENT", recordId: current.id, version, action: archived ? "ARCHIVE" : "RESTORE", userId },
      before,
      { ...before, archived },
    );
    await bumpChangeVersion(tx, "agreements");
    return { ok: true, slug, version };
  });
}

/** Brings back the agreement as it was at an earlier version: a new version, recorded as a revision. */
export async function revertAgreement(
  db: PrismaClient,
  userId: string,
  slug: string,
  toVersion: number,
  parse: (snapshot: unknown) => AgreementInput | null,
): Promise<SaveResult> {
  const agreement = await db.agreement.findUnique({ where: { slug }, select: { id: true } });
  if (!agreement) return { ok: false, formError: { key: "agreementGone" } };
  const snapshot = await snapshotAtVersion(db, agreement.id, toVersion);
  const input = snapshot ? parse(snapshot) : null;
  if (!input) return { ok: false, formError: { key: "versionUnknown" } };
  const result = await saveAgreement(db, userId, input, { slug, action: "REVERT", revertedTo: toVersion });
  return result.ok || !result.fieldErrors ? result : { ok: false, formError: { key: "revertImpossible" }, fieldErrors: result.fieldErrors };
}

export type { Conflict } from "@/lib/revisions/write";
