// Pieces of the search modules' SQL (agreement-search.ts, visit-search.ts): a condition with its parameters,
// the conditions both tables' filters share, and the few spellings that differ between the engines. Every
// identifier is double-quoted: PostgreSQL folds unquoted names to lower case, SQLite reads quoted ones the same.
import type { DatabaseProvider } from "../url";

/** A value bound to a `?`. A `Date` is bound as Prisma binds a DateTime field, so raw SQL compares it alike. */
export type SqlParam = string | number | Date;

export interface SqlFragment {
  sql: string;
  params: SqlParam[];
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

/**
 * A text column as ORDER BY (or a `<`, `>` between texts) should read it. SQLite compares text byte by byte (its BINARY collation);
 * PostgreSQL uses the database's collation, which for most locales ignores case and punctuation at first
 * ("ma-fr" next to "maf…"), so an order, and with it every page, would differ between the engines. "C" is byte
 * order, and byte order of UTF-8 is code-point order: the same as SQLite's.
 */
export function textOrder(column: string, provider: DatabaseProvider): string {
  return provider === "postgresql" ? `${column} COLLATE "C"` : column;
}

/**
 * An enum column as ORDER BY should read it. SQLite stores enums as their names and sorts them as text;
 * PostgreSQL's enum types sort in the order the values were declared. As text in byte order, both agree.
 */
export function enumOrder(column: string, provider: DatabaseProvider): string {
  return provider === "postgresql" ? `CAST(${column} AS TEXT) COLLATE "C"` : column;
}

/**
 * The texts of a subquery's rows joined into one, in an order: `list` and `order` are expressions over its rows.
 * SQLite (3.44 or newer) and PostgreSQL both take ORDER BY inside the aggregate; only the function's name differs.
 */
export function orderedList(list: string, separator: string, order: string, provider: DatabaseProvider): string {
  return `${provider === "postgresql" ? "string_agg" : "group_concat"}(${list}, '${separator}' ORDER BY ${order})`;
}
