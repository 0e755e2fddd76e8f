// Reads of the change history of agreements and visits.
import "server-only";
import { db } from "@/lib/db";
import type { RecordKind } from "@/lib/generated/prisma/enums";
import type { FieldChange } from "@/lib/agreements/snapshot";
import { loadChangeLabels } from "./change-labels";

export async function getRevisions(recordKind: RecordKind, recordId: number) {
  const revisions = await db.revision.findMany({
    where: { recordKind, recordId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, action: true, revertedTo: true, changes: true, createdAt: true, user: { select: { name: true } } },
  });
  return revisions.map(({ changes, ...revision }) => ({ ...revision, changes: JSON.parse(changes) as FieldChange[] }));
}

export type RevisionEntry = Awaited<ReturnType<typeof getRevisions>>[number];

/** The names of the states, domains, agreements and visits the changes of a history mention. */
export function getChangeLabels(revisions: RevisionEntry[]) {
  return loadChangeLabels(
    db,
    revisions.flatMap((revision) => revision.changes),
  );
}
