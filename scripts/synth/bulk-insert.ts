// Inserts rows into one table many at a time. Each statement carries `rowsPerStatement` rows bound from one
// flat array, so the cost of a call into SQLite is shared by all of them; rows short of a full statement
// wait for the next call, and go out one by one on flush.
import type { Database } from "better-sqlite3";

export function bulkInsert(sqlite: Database, table: string, columns: readonly string[], rowsPerStatement = 64) {
  const row = `(${columns.map(() => "?").join(", ")})`;
  const sql = (rows: number) =>
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${Array(rows).fill(row).join(", ")}`;
  const many = sqlite.prepare(sql(rowsPerStatement));
  const one = sqlite.prepare(sql(1));
  const full = columns.length * rowsPerStatement;
  const pending: unknown[] = [];
  return {
    /** Inserts rows given as one flat array of values, row after row, each in the order of `columns`. */
    add(values: readonly unknown[]) {
      for (const value of values) pending.push(value);
      let start = 0;
      for (; pending.length - start >= full; start += full) many.run(pending.slice(start, start + full));
      pending.splice(0, start);
    },
    flush() {
      for (let start = 0; start < pending.length; start += columns.length) one.run(pending.slice(start, start + columns.length));
      pending.length = 0;
    },
  };
}
