// Pieces of the search modules' SQL (agreement-search.ts, visit-search.ts): a condition with its parameters,
// and the conditions both tables' filters share.

export interface SqlFragment {
  sql: string;
  params: (string | number)[];
}

export const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ");

/** `column IN (…)`, or nothing when no value is chosen. */
export function inValues(column: string, values: readonly string[]): SqlFragment[] {
  return values.length > 0 ? [{ sql: `${column} IN (${placeholders(values)})`, params: [...values] }] : [];
}

/**
 * Years from and to, both included. Dates are ISO strings of reduced precision ("2021", "2021-11",
 * "2021-11-23"), so a year range is a string range.
 */
export function yearRange(column: string, from: number | null, to: number | null): SqlFragment[] {
  const year = (value: number) => String(value).padStart(4, "0");
  return [
    ...(from !== null ? [{ sql: `${column} >= ?`, params: [year(from)] }] : []),
    ...(to !== null ? [{ sql: `${column} < ?`, params: [year(to + 1)] }] : []),
  ];
}

/** Every condition, joined with AND. */
export function allOf(conditions: readonly SqlFragment[]): SqlFragment {
  return { sql: conditions.map((condition) => condition.sql).join(" AND "), params: conditions.flatMap((condition) => condition.params) };
}
