// The dashboard's aggregations, in raw SQL for SQLite and PostgreSQL: counts of agreements by cooperation domain,
// by year of signature, by party and by pair of parties, archived agreements left out. Pure: each builder
// returns `{ sql, params }`, so the app runs them through Prisma and the benchmark times them on better-sqlite3.
// Measured on SQLite at 250,000 agreements (2 cores): domains and parties ~45 ms, years ~50 ms, pairs ~550 ms.
import { databaseProvider, type DatabaseProvider } from "../url";
import { textOrder, type SqlFragment } from "./fragments";

/**
 * Agreements per cooperation domain, every domain included (zero when none). All rows of the covering
 * index are counted, then the few archived ones taken away: much faster than joining every row to its
 * agreement to read its archived flag.
 */
export function domainCountsSql(provider: DatabaseProvider = databaseProvider()): SqlFragment {
  return {
    sql: `SELECT d."id" AS "id", d."slug" AS "slug", d."nameEn" AS "nameEn", d."nameFr" AS "nameFr",
        COALESCE(every_."count", 0) - COALESCE(archived."count", 0) AS "count"
      FROM "CooperationDomain" d
      LEFT JOIN (SELECT "domainId", COUNT(*) AS "count" FROM "AgreementDomain" GROUP BY "domainId") every_ ON every_."domainId" = d."id"
      LEFT JOIN (SELECT ad."domainId" AS "domainId", COUNT(*) AS "count" FROM "Agreement" a
        JOIN "AgreementDomain" ad ON ad."agreementId" = a."id" WHERE a."archived" = true GROUP BY ad."domainId") archived
        ON archived."domainId" = d."id"
      ORDER BY "count" DESC, ${textOrder(`d."slug"`, provider)}`,
    params: [],
  };
}

/**
 * Agreements per year of signature; the row whose year is null counts the agreements with no date, and comes
 * first (SQLite's place for nulls in ascending order, said explicitly for PostgreSQL, which puts them last).
 * Grouping by the whole date first walks the (archived, signedOn) index in order; only the few thousand distinct
 * dates are then grouped by year (measured ~50 ms against ~90 ms grouping by year directly). PostgreSQL's SUM of
 * counts is a numeric, which Prisma returns as a Decimal: cast back to a whole number.
 */
export function yearCountsSql(provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const total = provider === "postgresql" ? `CAST(SUM(dates."count") AS BIGINT)` : `SUM(dates."count")`;
  return {
    sql: `SELECT substr(dates."signedOn", 1, 4) AS "year", ${total} AS "count"
      FROM (SELECT "signedOn", COUNT(*) AS "count" FROM "Agreement" WHERE "archived" = false GROUP BY "signedOn") dates
      GROUP BY "year" ORDER BY "year" NULLS FIRST`,
    params: [],
  };
}

/** Agreements per party, for every state party to at least one (the same subtraction as for domains). */
export function partyCountsSql(provider: DatabaseProvider = databaseProvider()): SqlFragment {
  return {
    sql: `SELECT every_."countryCode" AS "code", every_."count" - COALESCE(archived."count", 0) AS "count"
      FROM (SELECT "countryCode", COUNT(*) AS "count" FROM "AgreementParty" GROUP BY "countryCode") every_
      LEFT JOIN (SELECT p."countryCode" AS "countryCode", COUNT(*) AS "count" FROM "Agreement" a
        JOIN "AgreementParty" p ON p."agreementId" = a."id" WHERE a."archived" = true GROUP BY p."countryCode") archived
        ON archived."countryCode" = every_."countryCode"
      WHERE every_."count" - COALESCE(archived."count", 0) > 0
      ORDER BY "count" DESC, ${textOrder(`every_."countryCode"`, provider)}`,
    params: [],
  };
}

/**
 * The pairs of states party to the most agreements together, each pair once with its codes in alphabetical
 * order; an agreement of three or more parties counts for every pair among them. Ties go by the codes.
 * On SQLite the first party is read in the table's own order (that of insertion, so mostly by agreement) rather
 * than by country, so each look-up of the agreement's other parties lands near the previous one (measured
 * ~530 ms against ~700 ms at 250,000 agreements); grouping the ~1.3 pairs per agreement is most of the cost.
 * `NOT INDEXED` and a `CROSS JOIN` that fixes the join order are SQLite's words; PostgreSQL plans its own join.
 * Codes are compared in byte order on both engines (fragments.ts `textOrder`), so each pair is written alike.
 */
export function busiestPairsSql(limit: number, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const pairs =
    provider === "postgresql"
      ? `"AgreementParty" p1 JOIN "AgreementParty" p2`
      : `"AgreementParty" p1 NOT INDEXED
      CROSS JOIN "AgreementParty" p2`;
  return {
    sql: `SELECT p1."countryCode" AS "a", p2."countryCode" AS "b", COUNT(*) AS "count"
      FROM ${pairs} ON p2."agreementId" = p1."agreementId" AND ${textOrder(`p2."countryCode"`, provider)} > p1."countryCode"
      WHERE p1."agreementId" NOT IN (SELECT "id" FROM "Agreement" WHERE "archived" = true)
      GROUP BY p1."countryCode", p2."countryCode"
      ORDER BY "count" DESC, ${textOrder(`p1."countryCode"`, provider)}, ${textOrder(`p2."countryCode"`, provider)}
      LIMIT ?`,
    params: [limit],
  };
}

export const busiestPairLimit = 10;

/** Every aggregation the dashboard runs, in order: for the benchmark's raw timing. */
export function dashboardSql(provider: DatabaseProvider = databaseProvider()): SqlFragment[] {
  return [domainCountsSql(provider), yearCountsSql(provider), partyCountsSql(provider), busiestPairsSql(busiestPairLimit, provider)];
}
