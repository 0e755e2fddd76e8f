// Stored search text (and the agreements' sort keys) written for many rows at once: one UPDATE per few hundred
// rows, each column set by `CASE "id" WHEN … THEN …`, the same statement on both engines. Raw SQL rather than a
// Prisma update per row: it leaves updatedAt alone (recomputing a text is not an edit) and costs one statement
// per chunk, which matters when the seed rewrites every row after the recipe changed (prisma/seed/search-text-upgrade.ts).
import { placeholders, type SqlFragment } from "./fragments";

/** Rows per statement: 500 rows of 3 columns bind ~3,500 values, well within both engines' limits. */
const chunkSize = 500;

function updates<Row extends { id: number }>(table: "Agreement" | "Visit", columns: readonly (keyof Row & string)[], rows: readonly Row[]) {
  const statements: SqlFragment[] = [];
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const ids = chunk.map((row) => row.id);
    const sets = columns.map((column) => `"${column}" = CASE "id" ${chunk.map(() => "WHEN ? THEN ?").join(" ")} END`);
    statements.push({
      sql: `UPDATE "${table}" SET ${sets.join(", ")} WHERE "id" IN (${placeholders(ids)})`,
      params: [...columns.flatMap((column) => chunk.flatMap((row) => [row.id, row[column] as string])), ...ids],
    });
  }
  return statements;
}

export interface AgreementSearchTextRow {
  id: number;
  searchText: string;
  sortTitleEn: string;
  sortTitleFr: string;
  sortTitleAr: string;
}

export function agreementSearchTextUpdates(rows: readonly AgreementSearchTextRow[]): SqlFragment[] {
  return updates("Agreement", ["searchText", "sortTitleEn", "sortTitleFr", "sortTitleAr"], rows);
}

export function visitSearchTextUpdates(rows: readonly { id: number; searchText: string }[]): SqlFragment[] {
  return updates("Visit", ["searchText"], rows);
}
