// Writing a visit, as lib/agreements/save.ts writes agreements: references checked, someone else's newer edit
// never overwritten, a revision per change, one transaction. Naming the agreements signed during the visit sets
// their "signed during" field, which is a change to each of them and recorded on them too. As there, the caller is
// checked once, by the server actions (lib/visits/actions.ts), which pass the editor's id.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RevisionAction } from "@/lib/generated/prisma/enums";
import { agreementSnapshot, snapshotChanges } from "@/lib/agreements/snapshot";
import {
  personId,
  recordRevision,
  recordVisitChanges,
  Refusal,
  visitsBeforeChange,
  type SaveResult,
  type Transaction,
} from "@/lib/revisions/write";
import { bumpChangeVersion } from "@/lib/cache/change-counter";
import { writeTransaction } from "@/lib/db/write";
import type { FieldErrors } from "@/lib/forms/form-state";
import { normalizeSearchText } from "@/lib/search/normalize";
import { saveSourceRows } from "@/lib/sources/save";
import type { VisitInput } from "./schemas";
import { refreshVisitSearchText } from "./search-text";
import { visitSnapshot, type VisitSnapshot } from "./snapshot";
import { loadChangeLabels } from "@/lib/revisions/change-labels";

export interface VisitSaveTarget {
  slug?: string;
  version?: number;
  action?: Extract<RevisionAction, "CREATE" | "UPDATE" | "REVERT">;
  revertedTo?: number;
}

async function checkReferences(tx: Transaction, input: VisitInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const codes = new Set([
    input.visitorCountryCode,
    input.hostCountryCode,
    ...input.meetings.flatMap((row) => (row.counterpartCountryCode ? [row.counterpartCountryCode] : [])),
  ]);
  const known = new Set((await tx.country.findMany({ where: { code: { in: [...codes] } }, select: { code: true } })).map((c) => c.code));
  if (!known.has(input.visitorCountryCode)) errors.visitorCountryCode = ["invalidCountry"];
  if (!known.has(input.hostCountryCode)) errors.hostCountryCode = ["invalidCountry"];
  input.meetings.forEach((row, index) => {
    if (row.counterpartCountryCode && !known.has(row.counterpartCountryCode))
      errors[`meetings.${index}.counterpartCountryCode`] = ["invalidCountry"];
  });
  for (const [index, row] of input.agreements.entries()) {
    const agreement = await tx.agreement.findUnique({ where: { slug: row.slug }, select: { archived: true } });
    if (!agreement || agreement.archived) errors[`agreements.${index}.slug`] = ["unknownAgreement"];
  }
  for (const [index, source] of input.sources.entries()) {
    if (source.sourceId !== null && !(await tx.source.findUnique({ where: { id: source.sourceId }, select: { id: true } }))) {
      errors[`sources.${index}.sourceId`] = ["invalidChoice"];
    }
  }
  return errors;
}

async function uniqueSlug(tx: Transaction, input: VisitInput): Promise<string> {
  const host = await tx.country.findUniqueOrThrow({ where: { code: input.hostCountryCode }, select: { nameEn: true } });
  const surname = normalizeSearchText(input.visitorName).split(" ").pop() ?? "visit";
  const stem =
    [input.startOn?.slice(0, 7), surname, normalizeSearchText(host.nameEn).replaceAll(" ", "-")].filter(Boolean).join("-").slice(0, 80) ||
    "visit";
  let slug = reserved.has(stem) ? `${stem}-2` : stem;
  for (let suffix = 2; await tx.visit.findUnique({ where: { slug }, select: { id: true } }); suffix++) slug = `${stem}-${suffix}`;
  return slug;
}

const reserved = new Set(["new", "archived"]);

/** Points the named agreements at this visit and the others that were at it nowhere, each as a revision of theirs. */
async function linkAgreements(tx: Transaction, visitId: number, slugs: string[], userId: string) {
  const wanted = new Set(slugs);
  const current = await tx.agreement.findMany({ where: { signedDuringVisitId: visitId }, select: { slug: true } });
  const changed = [
    ...current.map((a) => a.slug).filter((slug) => !wanted.has(slug)),
    ...slugs.filter((slug) => !current.some((a) => a.slug === slug)),
  ];
  // Agreements taken from another visit leave it: that visit changes too, and says so in its history.
  const others = await tx.agreement.findMany({
    where: { slug: { in: changed }, signedDuringVisitId: { not: visitId } },
    select: { signedDuringVisitId: true },
  });
  const otherVisits = await visitsBeforeChange(
    tx,
    others.map((agreement) => agreement.signedDuringVisitId),
  );
  for (const slug of changed) {
    const agreement = await tx.agreement.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true } });
    const before = await agreementSnapshot(tx, agreement.id);
    await tx.agreement.update({
      where: { id: agreement.id },
      data: { signedDuringVisitId: wanted.has(slug) ? visitId : null, version: { increment: 1 } },
    });
    const after = (await agreementSnapshot(tx, agreement.id))!;
    await recordRevision(
      tx,
      { recordKind: "AGREEMENT", recordId: agreement.id, version: agreement.version + 1, action: "UPDATE", userId },
      before,
      after,
    );
  }
  await recordVisitChanges(tx, otherVisits, userId);
  if (changed.length > 0) await bumpChangeVersion(tx, "agreements");
}

export async function visitSnapshotAtVersion(
  tx: Pick<PrismaClient, "revision">,
  recordId: number,
  version: number,
): Promise<VisitSnapshot | null> {
  const revision = await tx.revision.findUnique({ where: { recordKind_recordId_version: { recordKind: "VISIT", recordId, version } } });
  return revision ? (JSON.parse(revision.snapshot) as VisitSnapshot) : null;
}

export async function saveVisit(db: PrismaClient, userId: string, input: VisitInput, target: VisitSaveTarget = {}): Promise<SaveResult> {
  try {
    return await writeTransaction(db, async (tx) => {
      const current = target.slug
        ? await tx.visit.findUnique({ where: { slug: target.slug }, select: { id: true, slug: true, version: true } })
        : null;
      if (target.slug && !current) throw new Refusal({ ok: false, formError: { key: "visitGone" } });
      if (current && target.version !== undefined && target.version !== current.version) {
        const opened = await visitSnapshotAtVersion(tx, current.id, target.version);
        const now = (await visitSnapshot(tx, current.id))!;
        const changes = snapshotChanges(opened as never, now as never);
        throw new Refusal({
          ok: false,
          formError: { key: "visitConflict" },
          conflict: { version: current.version, changes, labels: await loadChangeLabels(tx, changes) },
        });
      }
      const fieldErrors = await checkReferences(tx, input);
      // Every record cites its sources: a new one may not be saved without any (older ones are flagged instead).
      if (!current && input.sources.length === 0) fieldErrors.sources = ["sourceRequired"];
      if (Object.keys(fieldErrors).length > 0) throw new Refusal({ ok: false, fieldErrors, formError: { key: "fixFields" } });

      const before = current ? await visitSnapshot(tx, current.id) : null;
      const data = {
        visitorId: await personId(tx, input.visitorName),
        visitorTitleEn: input.visitorTitleEn,
        visitorTitleFr: input.visitorTitleFr,
        visitorCountryCode: input.visitorCountryCode,
        hostCountryCode: input.hostCountryCode,
        city: input.city,
        startOn: input.startOn,
        endOn: input.endOn,
        kind: input.kind,
        summaryEn: input.summaryEn,
        summaryFr: input.summaryFr,
        notes: input.notes,
        notesLanguage: input.notes ? input.notesLanguage : null,
      };
      let id: number;
      let slug: string;
      let version: number;
      if (current) {
        const updated = await tx.visit.updateMany({
          where: { id: current.id, version: current.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count !== 1)
          throw new Refusal({ ok: false, formError: { key: "visitConflict" }, conflict: { version: current.version + 1, changes: [] } });
        ({ id, slug } = current);
        version = current.version + 1;
      } else {
        slug = await uniqueSlug(tx, input);
        ({ id, version } = await tx.visit.create({ data: { ...data, slug }, select: { id: true, version: true } }));
      }
      await refreshVisitSearchText(tx, [id]);
      await tx.meeting.deleteMany({ where: { visitId: id } });
      for (const [position, row] of input.meetings.entries()) {
        await tx.meeting.create({
          data: {
            visitId: id,
            position,
            counterpartId: row.counterpartName ? await personId(tx, row.counterpartName) : null,
            counterpartTitleEn: row.counterpartTitleEn,
            counterpartTitleFr: row.counterpartTitleFr,
            counterpartCountryCode: row.counterpartCountryCode,
            summaryEn: row.summaryEn,
            summaryFr: row.summaryFr,
          },
        });
      }
      await tx.visitSource.deleteMany({ where: { visitId: id } });
      await tx.visitSource.createMany({
        data: (await saveSourceRows(tx, input.sources, `visit:${slug}`)).map((sourceId) => ({ visitId: id, sourceId })),
      });
      await linkAgreements(
        tx,
        id,
        input.agreements.map((row) => row.slug),
        userId,
      );
      const after = (await visitSnapshot(tx, id))!;
      const action = target.action ?? (current ? "UPDATE" : "CREATE");
      await recordRevision(
        tx,
        { recordKind: "VISIT", recordId: id, version, action, userId, revertedTo: target.revertedTo },
        before,
        after,
      );
      await bumpChangeVersion(tx, "agreements");
      return { ok: true as const, slug, version };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

export async function setVisitArchived(db: PrismaClient, userId: string, slug: string, archived: boolean): Promise<SaveResult> {
  return writeTransaction(db, async (tx) => {
    const current = await tx.visit.findUnique({ where: { slug }, select: { id: true, version: true, archived: true } });
    if (!current) return { ok: false, formError: { key: "visitGone" } };
    if (current.archived === archived) return { ok: true, slug, version: current.version };
    const before = (await visitSnapshot(tx, current.id))!;
    await tx.visit.update({ where: { id: current.id }, data: { archived, version: { increment: 1 } } });
    const version = current.version + 1;
    await recordRevision(
      tx,
      { recordKind: "VISIT", recordId: current.id, version, action: archived ? "ARCHIVE" : "RESTORE", userId },
      before,
      { ...before, archived },
    );
    await bumpChangeVersion(tx, "agreements");
    return { ok: true, slug, version };
  });
}

export async function revertVisit(
  db: PrismaClient,
  userId: string,
  slug: string,
  toVersion: number,
  parse: (snapshot: unknown) => VisitInput | null,
): Promise<SaveResult> {
  const visit = await db.visit.findUnique({ where: { slug }, select: { id: true } });
  if (!visit) return { ok: false, formError: { key: "visitGone" } };
  const snapshot = await visitSnapshotAtVersion(db, visit.id, toVersion);
  const input = snapshot ? parse(snapshot) : null;
  if (!input) return { ok: false, formError: { key: "versionUnknown" } };
  const result = await saveVisit(db, userId, input, { slug, action: "REVERT", revertedTo: toVersion });
  return result.ok || !result.fieldErrors ? result : { ok: false, formError: { key: "revertImpossible" }, fieldErrors: result.fieldErrors };
}
