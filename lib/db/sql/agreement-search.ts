// The agreements table's filtering, counting and ordering, in raw SQL for SQLite and PostgreSQL (its text search
// is text-search.ts, shared with the visits table). Prisma's own "relation has some" filter becomes a correlated
// EXISTS that makes counts walk the whole table, while `id IN (SELECT …)` lets SQLite use its indexes (measured:
// ~230 ms against ~20 ms at 250,000 agreements). It returns ids and counts; agreement-rows.ts then reads the page's rows.
import type { AgreementSearch } from "@/lib/agreements/search-params";
import { localizedField } from "@/lib/i18n/localize";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { databaseProvider, type DatabaseProvider } from "../url";
import { allOf, enumOrder, inValues, placeholders, type SqlFragment, type SqlParam, textOrder, yearRange } from "./fragments";
import { textCondition, textQuery } from "./text-search";

export type { SqlFragment } from "./fragments";

/** The languages agreements have translated titles in, each with its column and sort key (`titleFr`, `sortTitleFr`). */
const titleLocales: ReadonlySet<Locale> = new Set(["en", "fr", "ar"]);

/**
 * The language of the title columns a reader's rows and title order use: theirs, or for a language without such
 * columns yet (Arabic), the default's; the table then shows each title in its own language (agreementTitle).
 */
export function titleLocale(locale: Locale): Locale {
  return titleLocales.has(locale) ? locale : defaultLocale;
}

/**
 * The WHERE clause of a search over `"Agreement" a`; `without` leaves one filter out, for facet counts.
 * On SQLite, without a word the full-text index can find, the domain and party conditions are written
 * `+a."id" IN (…)`, which stops SQLite from driving the query by those (large) sets: it walks the sort order's
 * index instead and stops at the page's last row (measured at 250,000 agreements: 7 ms against 50–110 ms).
 * With such a word, the full-text matches drive it. PostgreSQL's planner needs no such hint.
 */
export function whereClause(search: AgreementSearch, without?: "domain", provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const conditions = [`a."archived" = false`];
  const id = provider === "sqlite" && !textQuery(search.q)?.match ? `+a."id"` : `a."id"`;
  const params: SqlParam[] = [];
  const text = textCondition(search.q, "AgreementFts", "a", provider);
  if (text) {
    conditions.push(text.sql);
    params.push(...text.params);
  }
  if (search.domain.length > 0 && without !== "domain") {
    conditions.push(
      `${id} IN (SELECT ad."agreementId" FROM "AgreementDomain" ad
        WHERE ad."domainId" IN (SELECT d."id" FROM "CooperationDomain" d WHERE d."slug" IN (${placeholders(search.domain)})))`,
    );
    params.push(...search.domain);
  }
  // Every chosen state must be a party: party=il&party=ma is the Israel–Morocco relationship.
  for (const code of search.party) {
    conditions.push(`${id} IN (SELECT "agreementId" FROM "AgreementParty" WHERE "countryCode" = ?)`);
    params.push(code);
  }
  if (search.sources.includes("none")) {
    conditions.push(`NOT EXISTS (SELECT 1 FROM "AgreementSource" s WHERE s."agreementId" = a."id")`);
  }
  const years = allOf(yearRange(`a."signedOn"`, search.from, search.to));
  return allOf([
    { sql: conditions.join(" AND "), params },
    ...inValues(`a."form"`, search.form),
    ...inValues(`a."legalNature"`, search.nature),
    ...inValues(`a."status"`, search.status),
    ...(years.sql === "" ? [] : [search.undated ? { sql: `(${years.sql} OR a."signedOn" IS NULL)`, params: years.params } : years]),
  ]);
}

export function orderClause(search: AgreementSearch, locale: Locale, provider: DatabaseProvider = databaseProvider()): string {
  const direction = search.sort.desc ? "DESC" : "ASC";
  const column = {
    title: textOrder(`a."${localizedField("sortTitle", titleLocale(locale))}"`, provider),
    signedOn: textOrder(`a."signedOn"`, provider),
    form: enumOrder(`a."form"`, provider),
    status: enumOrder(`a."status"`, provider),
    place: textOrder(`a."placeCity"`, provider),
  }[search.sort.field];
  // Unknown dates and places go last whichever way the column is sorted; the id keeps pages stable.
  return `${column} ${direction} NULLS LAST, a."id" ${direction}`;
}

export function pageQuery(
  search: AgreementSearch,
  locale: Locale,
  offset: number,
  provider: DatabaseProvider = databaseProvider(),
): SqlFragment {
  const where = whereClause(search, undefined, provider);
  return {
    sql: `SELECT a."id" AS "id" FROM "Agreement" a WHERE ${where.sql} ORDER BY ${orderClause(search, locale, provider)} LIMIT ? OFFSET ?`,
    params: [...where.params, search.size, offset],
  };
}

/**
 * The ids of the latest agreements that are not archived (the table's default order), for the dashboard: written
 * as the table's page is, so both engines walk the default order's index; Prisma's own ORDER BY … NULLS LAST made
 * SQLite sort all 250,000 rows (175 ms against under 1).
 */
export function latestIdsQuery(limit: number, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  return {
    sql: `SELECT a."id" AS "id" FROM "Agreement" a WHERE a."archived" = false
      ORDER BY ${textOrder(`a."signedOn"`, provider)} DESC NULLS LAST, a."id" DESC LIMIT ?`,
    params: [limit],
  };
}

/**
 * How many agreements a year range leaves out for want of a known date: those the search would match without the
 * range. Asked only when a range is set and undated agreements are not already kept.
 */
export function undatedCountQuery(search: AgreementSearch, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const where = whereClause({ ...search, from: null, to: null }, undefined, provider);
  return { sql: `SELECT COUNT(*) AS "total" FROM "Agreement" a WHERE ${where.sql} AND a."signedOn" IS NULL`, params: where.params };
}

export function countQuery(search: AgreementSearch, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const where = whereClause(search, undefined, provider);
  return { sql: `SELECT COUNT(*) AS "total" FROM "Agreement" a WHERE ${where.sql}`, params: where.params };
}

/** True when nothing narrows the search but the archived flag. */
export function noFilter(search: AgreementSearch): boolean {
  return onlyDomainFilter(search) && search.domain.length === 0;
}

/** True when nothing but the domain filter (and the archived flag) narrows the search. */
function onlyDomainFilter(search: AgreementSearch): boolean {
  return (
    !textQuery(search.q) &&
    [search.party, search.form, search.nature, search.status, search.sources].every((values) => values.length === 0) &&
    search.from === null &&
    search.to === null
  );
}

/** How many agreements each domain would match, under every active filter but the domain filter. */
export function domainCountsQuery(search: AgreementSearch, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  if (onlyDomainFilter(search)) {
    // Every agreement counts: read the covering index whole, and take the few archived ones away.
    return {
      sql: `SELECT all_."domainId" AS "domainId", all_."count" - COALESCE(archived."count", 0) AS "count"
        FROM (SELECT "domainId", COUNT(*) AS "count" FROM "AgreementDomain" GROUP BY "domainId") all_
        LEFT JOIN (SELECT ad."domainId", COUNT(*) AS "count" FROM "Agreement" a JOIN "AgreementDomain" ad ON ad."agreementId" = a."id"
          WHERE a."archived" = true GROUP BY ad."domainId") archived ON archived."domainId" = all_."domainId"`,
      params: [],
    };
  }
  const where = whereClause(search, "domain", provider);
  return {
    sql: `SELECT ad."domainId" AS "domainId", COUNT(*) AS "count" FROM "AgreementDomain" ad
      WHERE ad."agreementId" IN (SELECT a."id" FROM "Agreement" a WHERE ${where.sql}) GROUP BY ad."domainId"`,
    params: where.params,
  };
}

/**
 * How many agreements of the search each state is a party to. The party filter asks for every chosen state at
 * once, so its counts are those of the search as it stands: a state's count is what choosing it too would leave.
 */
export function partyCountsQuery(search: AgreementSearch, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const where = whereClause(search, undefined, provider);
  return {
    sql: `SELECT p."countryCode" AS "key", COUNT(*) AS "count" FROM "AgreementParty" p
      WHERE p."agreementId" IN (SELECT a."id" FROM "Agreement" a WHERE ${where.sql}) GROUP BY p."countryCode"`,
    params: where.params,
  };
}

/** Every id of a search, in order: for exports. */
export function allIdsQuery(search: AgreementSearch, locale: Locale, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const where = whereClause(search, undefined, provider);
  return {
    sql: `SELECT a."id" AS "id" FROM "Agreement" a WHERE ${where.sql} ORDER BY ${orderClause(search, locale, provider)}`,
    params: where.params,
  };
}
