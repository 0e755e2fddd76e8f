// What the writers of agreements and visits share, inside their transactions: the shape of their answers, a
// refusal that rolls the transaction back, people found or made by name, and the revisions that record each change
// (including the visits an agreement joins or leaves).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RevisionAction } from "@/lib/generated/prisma/enums";
import { snapshotChanges, type AgreementSnapshot, type FieldChange } from "@/lib/agreements/snapshot";
import type { FieldErrors, FormError } from "@/lib/forms/form-state";
import { visitSnapshot } from "@/lib/visits/snapshot";
import type { ChangeLabels } from "./labels";

export type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface Conflict {
  /** The version now saved, which the form takes on so that saving again is a deliberate choice. */
  version: number;
  /** What changed between the version the form was opened at and the one now saved. */
  changes: FieldChange[];
  /** The names of what the changes mention, for the form to show them. */
  labels?: ChangeLabels;
}

export type SaveResult<Refused = object> =
  | { ok: true; slug: string; version: number }
  | ({ ok: false; fieldErrors?: FieldErrors; formError?: FormError; conflict?: Conflict } & Refused);

/** Thrown inside a transaction to roll it back and answer with `result`. */
export class Refusal<Refused = object> extends Error {
  constructor(readonly result: Extract<SaveResult<Refused>, { ok: false }>) {
    super("refused");
  }
}

/** The person of this name, made if nobody has it yet. */
export async function personId(tx: Transaction, name: string): Promise<number> {
  const existing = await tx.person.findFirst({ where: { name }, select: { id: true }, orderBy: { id: "asc" } });
  return existing?.id ?? (await tx.person.create({ data: { name }, select: { id: true } })).id;
}

export async function recordRevision(
  tx: Transaction,
  revision: {
    recordKind: "AGREEMENT" | "VISIT";
    recordId: number;
    version: number;
    action: RevisionAction;
    userId: string;
    revertedTo?: number;
  },
  before: object | null,
  after: object,
) {
  await tx.revision.create({
    data: {
      ...revision,
      changes: JSON.stringify(snapshotChanges(before as Partial<AgreementSnapshot> | null, after as Partial<AgreementSnapshot>)),
      snapshot: JSON.stringify(after),
    },
  });
}

/**
 * An agreement is signed during one visit at most, so moving it changes the list of agreements of the visit it
 * leaves and of the one it joins. These record that change on each such visit: its snapshot before the write,
 * then, after it, a new version and a revision of its own.
 */
export async function visitsBeforeChange(tx: Transaction, visitIds: (number | null)[]) {
  const before = new Map<number, { version: number; snapshot: object }>();
  for (const id of new Set(visitIds)) {
    if (id === null) continue;
    const visit = await tx.visit.findUnique({ where: { id }, select: { version: true } });
    const snapshot = await visitSnapshot(tx, id);
    if (visit && snapshot) before.set(id, { version: visit.version, snapshot });
  }
  return before;
}

export async function recordVisitChanges(tx: Transaction, before: Map<number, { version: number; snapshot: object }>, userId: string) {
  for (const [id, { version, snapshot }] of before) {
    const after = await visitSnapshot(tx, id);
    if (!after || JSON.stringify(after) === JSON.stringify(snapshot)) continue;
    await tx.visit.update({ where: { id }, data: { version: { increment: 1 } } });
    await recordRevision(tx, { recordKind: "VISIT", recordId: id, version: version + 1, action: "UPDATE", userId }, snapshot, after);
  }
}
