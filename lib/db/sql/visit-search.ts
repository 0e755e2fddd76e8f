// The visits table's filtering, counting and ordering, in raw SQL for SQLite and PostgreSQL, as
// agreement-search.ts does for agreements: it returns ids and counts, and Prisma then loads the page's rows. Text
// goes through the trigram index of Visit.searchText as the agreements' does (text-search.ts: every word,
// anywhere inside a word): `instr` over every visit's text took 12–20 ms at ~21,000 visits on SQLite.
// `npm run bench` times these queries raw.
import type { VisitSearch } from "@/lib/visits/search-params";
import { localizedField } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { databaseProvider, type DatabaseProvider } from "../url";
import { allOf, enumOrder, inValues, textOrder, yearRange, type SqlFragment } from "./fragments";
import { textCondition } from "./text-search";

/**
 * The WHERE clause of a search over `"Visit" v`. A state has a few hundred visits at most, so its index and a
 * sort of its visits stay fast (unlike an agreement party's thousands: see agreement-search.ts).
 */
export function visitWhereClause(search: VisitSearch, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const text = textCondition(search.q, "VisitFts", "v", provider);
  return allOf([
    { sql: `v."archived" = false`, params: [] },
    ...(text ? [text] : []),
    ...inValues(`v."visitorCountryCode"`, search.visitor),
    ...inValues(`v."hostCountryCode"`, search.host),
    ...inValues(`v."kind"`, search.kind),
    ...(search.sources.includes("none")
      ? [{ sql: `NOT EXISTS (SELECT 1 FROM "VisitSource" s WHERE s."visitId" = v."id")`, params: [] }]
      : []),
    // A visit is in a year range by its start date.
    ...yearRange(`v."startOn"`, search.from, search.to),
  ]);
}

/** The joins and column a sort needs; country names sort in the reader's language. */
function sortSource(search: VisitSearch, locale: Locale, provider: DatabaseProvider): { join: string; column: string } {
  const name = localizedField("name", locale);
  switch (search.sort.field) {
    case "official":
      return { join: `JOIN "Person" p ON p."id" = v."visitorId"`, column: textOrder(`p."name"`, provider) };
    case "visitor":
      return { join: `JOIN "Country" c ON c."code" = v."visitorCountryCode"`, column: textOrder(`c."${name}"`, provider) };
    case "host":
      return { join: `JOIN "Country" c ON c."code" = v."hostCountryCode"`, column: textOrder(`c."${name}"`, provider) };
    case "kind":
      return { join: "", column: enumOrder(`v."kind"`, provider) };
    case "city":
      return { join: "", column: textOrder(`v."city"`, provider) };
    case "startOn":
      return { join: "", column: textOrder(`v."startOn"`, provider) };
  }
}

export function visitPageQuery(
  search: VisitSearch,
  locale: Locale,
  offset: number,
  provider: DatabaseProvider = databaseProvider(),
): SqlFragment {
  const where = visitWhereClause(search, provider);
  const { join, column } = sortSource(search, locale, provider);
  const direction = search.sort.desc ? "DESC" : "ASC";
  // Unknown dates and cities go last whichever way the column is sorted; the id keeps pages stable.
  return {
    sql: `SELECT v."id" AS "id" FROM "Visit" v ${join} WHERE ${where.sql}
      ORDER BY ${column} ${direction} NULLS LAST, v."id" ${direction} LIMIT ? OFFSET ?`,
    params: [...where.params, search.size, offset],
  };
}

export function visitCountQuery(search: VisitSearch, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const where = visitWhereClause(search, provider);
  return { sql: `SELECT COUNT(*) AS "total" FROM "Visit" v WHERE ${where.sql}`, params: where.params };
}
