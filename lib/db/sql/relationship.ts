// The SQL behind the country and pair pages, for SQLite and PostgreSQL, as fragments the app runs through its
// cached raw-query path and the benchmark times as they are. Each set of agreements is written `a."id" IN
// (SELECT …)` over the covering index of AgreementParty, so SQLite reads a state's or a pair's few thousand rows,
// never the whole table (see agreement-search.ts for why Prisma's relation filters are not used). Archived
// records never count. Text is ordered in byte order on both engines (fragments.ts `textOrder`).
import { databaseProvider, type DatabaseProvider } from "../url";
import { textOrder, type SqlFragment } from "./fragments";

/** Ids of the agreements both states are party to (agreements with more parties included). */
const pairIds = `SELECT p."agreementId" FROM "AgreementParty" p
  JOIN "AgreementParty" q ON q."agreementId" = p."agreementId" AND q."countryCode" = ?
  WHERE p."countryCode" = ?`;

const countryIds = `SELECT "agreementId" FROM "AgreementParty" WHERE "countryCode" = ?`;

const signedYear = `substr(a."signedOn", 1, 4)`;

/**
 * Not archived, without reading the agreement's row: the few archived ids come from the covering index on
 * (archived, status). Where only parties count, this avoids a wide-row read per agreement (measured for the
 * busiest state's partners at 250,000 agreements: 5 ms against 12 ms).
 */
const live = (id: string) => `${id} NOT IN (SELECT "id" FROM "Agreement" WHERE "archived" = true)`;

// ---- Countries ----

/** Every state with its agreements and visits (given plus received), for the countries index. */
export function countryIndexQuery(): SqlFragment {
  // Counting the covering index whole and taking the few archived agreements away beats joining every row.
  return {
    sql: `SELECT c."code" AS "code", c."nameEn" AS "nameEn", c."nameFr" AS "nameFr", c."nameAr" AS "nameAr",
        COALESCE(agreements."count", 0) - COALESCE(archived."count", 0) AS "agreementCount",
        COALESCE(given."count", 0) + COALESCE(received."count", 0) AS "visitCount"
      FROM "Country" c
      LEFT JOIN (SELECT "countryCode", COUNT(*) AS "count" FROM "AgreementParty" GROUP BY "countryCode") agreements
        ON agreements."countryCode" = c."code"
      LEFT JOIN (SELECT p."countryCode", COUNT(*) AS "count" FROM "Agreement" a JOIN "AgreementParty" p ON p."agreementId" = a."id"
        WHERE a."archived" = true GROUP BY p."countryCode") archived ON archived."countryCode" = c."code"
      LEFT JOIN (SELECT "visitorCountryCode" AS "code", COUNT(*) AS "count" FROM "Visit" WHERE "archived" = false GROUP BY "visitorCountryCode") given
        ON given."code" = c."code"
      LEFT JOIN (SELECT "hostCountryCode" AS "code", COUNT(*) AS "count" FROM "Visit" WHERE "archived" = false GROUP BY "hostCountryCode") received
        ON received."code" = c."code"`,
    params: [],
  };
}

/** How many agreements a state is party to, and how many visits it gave and received. */
export function countryCountsQuery(code: string): SqlFragment {
  return {
    sql: `SELECT
        (SELECT COUNT(*) FROM "AgreementParty" p WHERE p."countryCode" = ? AND ${live(`p."agreementId"`)}) AS "agreementCount",
        (SELECT COUNT(*) FROM "Visit" WHERE "archived" = false AND "visitorCountryCode" = ?) AS "visitsGiven",
        (SELECT COUNT(*) FROM "Visit" WHERE "archived" = false AND "hostCountryCode" = ?) AS "visitsReceived"`,
    params: [code, code, code],
  };
}

/** The state's latest agreements, as the table orders them by default: newest signature first, unknown last. */
export function countryLatestAgreementsQuery(code: string, limit: number, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  return {
    sql: `SELECT a."id" AS "id" FROM "Agreement" a WHERE a."archived" = false AND a."id" IN (${countryIds})
      ORDER BY ${textOrder(`a."signedOn"`, provider)} DESC NULLS LAST, a."id" DESC LIMIT ?`,
    params: [code, limit],
  };
}

/** The state's latest visits, given (it sent the visitor) or received (it was the host). */
export function countryLatestVisitsQuery(
  code: string,
  role: "visitor" | "host",
  limit: number,
  provider: DatabaseProvider = databaseProvider(),
): SqlFragment {
  const column = role === "visitor" ? "visitorCountryCode" : "hostCountryCode";
  return {
    sql: `SELECT v."id" AS "id" FROM "Visit" v WHERE v."archived" = false AND v."${column}" = ?
      ORDER BY ${textOrder(`v."startOn"`, provider)} DESC NULLS LAST, v."id" DESC LIMIT ?`,
    params: [code, limit],
  };
}

/** Every state that shares an agreement with this one, most agreements first, then by code. */
export function countryPartnersQuery(code: string, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  return {
    sql: `SELECT o."countryCode" AS "code", COUNT(*) AS "count"
      FROM "AgreementParty" p JOIN "AgreementParty" o ON o."agreementId" = p."agreementId"
      WHERE p."countryCode" = ? AND o."countryCode" <> ? AND ${live(`p."agreementId"`)}
      GROUP BY o."countryCode" ORDER BY "count" DESC, ${textOrder(`o."countryCode"`, provider)}`,
    params: [code, code],
  };
}

/**
 * The cooperation domains of a set of agreements, with counts and first and last year of signature (four digits
 * each, so any collation gives the same MIN and MAX).
 */
function domainsOf(ids: string, params: string[]): SqlFragment {
  return {
    sql: `SELECT ad."domainId" AS "domainId", COUNT(*) AS "count",
        MIN(${signedYear}) AS "firstYear", MAX(${signedYear}) AS "lastYear"
      FROM "Agreement" a JOIN "AgreementDomain" ad ON ad."agreementId" = a."id"
      WHERE a."archived" = false AND a."id" IN (${ids})
      GROUP BY ad."domainId" ORDER BY "count" DESC, ad."domainId"`,
    params,
  };
}

export function countryDomainsQuery(code: string): SqlFragment {
  return domainsOf(countryIds, [code]);
}

// ---- Pairs ----

/** How many agreements the two states share, and how many of them have no known signature date. */
export function pairCountsQuery(a: string, b: string): SqlFragment {
  return {
    sql: `SELECT COUNT(*) AS "agreementCount", COUNT(*) - COUNT(a."signedOn") AS "undatedCount"
      FROM "Agreement" a WHERE a."archived" = false AND a."id" IN (${pairIds})`,
    params: [b, a],
  };
}

/** The pair's agreements for the list: the table's default order, so the list is the table's first page. */
export function pairLatestAgreementsQuery(
  a: string,
  b: string,
  limit: number,
  provider: DatabaseProvider = databaseProvider(),
): SqlFragment {
  return {
    sql: `SELECT a."id" AS "id" FROM "Agreement" a WHERE a."archived" = false AND a."id" IN (${pairIds})
      ORDER BY ${textOrder(`a."signedOn"`, provider)} DESC NULLS LAST, a."id" DESC LIMIT ?`,
    params: [b, a, limit],
  };
}

export function pairDomainsQuery(a: string, b: string): SqlFragment {
  return domainsOf(pairIds, [b, a]);
}

/** Visits between the two states, in either direction, in order of their start. */
export function pairVisitsQuery(a: string, b: string, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  return {
    sql: `SELECT v."id" AS "id", v."slug" AS "slug", v."startOn" AS "startOn", v."endOn" AS "endOn", v."kind" AS "kind",
        v."visitorCountryCode" AS "visitorCountryCode", v."hostCountryCode" AS "hostCountryCode", p."name" AS "visitorName"
      FROM "Visit" v JOIN "Person" p ON p."id" = v."visitorId"
      WHERE v."archived" = false AND ((v."visitorCountryCode" = ? AND v."hostCountryCode" = ?) OR (v."visitorCountryCode" = ? AND v."hostCountryCode" = ?))
      ORDER BY ${textOrder(`v."startOn"`, provider)} NULLS LAST, v."id"`,
    params: [a, b, b, a],
  };
}

/**
 * The dated agreements the timeline draws: at most `perYear` for each year of signature, those signed during a
 * visit first, then declarations and joint statements, then the earliest. Each row says how many the year holds,
 * so the timeline can say how many it left out.
 */
export function pairTimelineQuery(a: string, b: string, perYear: number, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  return {
    sql: `SELECT * FROM (
        SELECT a."id" AS "id", a."slug" AS "slug", a."title" AS "title", a."titleLanguage" AS "titleLanguage",
          a."titleEn" AS "titleEn", a."titleFr" AS "titleFr", a."titleAr" AS "titleAr", a."form" AS "form", a."signedOn" AS "signedOn",
          a."entryIntoForceOn" AS "entryIntoForceOn", a."endedOn" AS "endedOn", a."signedDuringVisitId" AS "visitId",
          ${signedYear} AS "year",
          ROW_NUMBER() OVER (PARTITION BY ${signedYear} ORDER BY a."signedDuringVisitId" IS NULL,
            a."form" NOT IN ('DECLARATION', 'JOINT_STATEMENT'), ${textOrder(`a."signedOn"`, provider)}, a."id") AS "rank",
          COUNT(*) OVER (PARTITION BY ${signedYear}) AS "yearCount"
        FROM "Agreement" a WHERE a."archived" = false AND a."signedOn" IS NOT NULL AND a."id" IN (${pairIds})
      ) ranked WHERE ranked."rank" <= ? ORDER BY ${textOrder(`ranked."signedOn"`, provider)}, ranked."id"`,
    params: [b, a, perYear],
  };
}

/** The pair's agreements with no known signature date, named in the timeline's text without a position. */
export function pairUndatedQuery(a: string, b: string, limit: number): SqlFragment {
  return {
    sql: `SELECT a."id" AS "id", a."slug" AS "slug", a."title" AS "title", a."titleLanguage" AS "titleLanguage",
        a."titleEn" AS "titleEn", a."titleFr" AS "titleFr", a."titleAr" AS "titleAr"
      FROM "Agreement" a WHERE a."archived" = false AND a."signedOn" IS NULL AND a."id" IN (${pairIds})
      ORDER BY a."id" LIMIT ?`,
    params: [b, a, limit],
  };
}
