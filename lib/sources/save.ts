// Writing the source rows of a form: a row with an id updates that source, a new row makes one. Shared by the
// agreement and visit writers, inside their transactions.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface SourceRow {
  sourceId: number | null;
  publisher: string;
  title: string;
  language: string;
  publishedOn: string | null;
  url: string | null;
  excerpt: string | null;
}

/** The ids of the rows' sources, in order, each once. `keyPrefix` makes the new sources' stable keys. */
export async function saveSourceRows(tx: Transaction, rows: SourceRow[], keyPrefix: string): Promise<number[]> {
  const ids: number[] = [];
  for (const { sourceId, ...fields } of rows) {
    if (sourceId !== null) {
      await tx.source.update({ where: { id: sourceId }, data: fields });
      ids.push(sourceId);
    } else {
      const key = `${keyPrefix}:${randomUUID()}`;
      ids.push((await tx.source.create({ data: { ...fields, key }, select: { id: true } })).id);
    }
  }
  return [...new Set(ids)];
}
