// What the agreements table, its export and /api/agreements show of each agreement, read for a list of ids in
// three plain statements that both engines answer alike: the agreements with their visit, their parties in order,
// and their domains. Names of states and domains come from the cached reference lists, not from joins.
import { placeholders, type SqlFragment } from "./fragments";

/** Each agreement's own fields, with the visit it was signed during (its slug, visitor's name and host state). */
export function agreementRowsQuery(ids: readonly number[]): SqlFragment {
  return {
    sql: `SELECT a."id" AS "id", a."slug" AS "slug", a."title" AS "title", a."titleLanguage" AS "titleLanguage",
        a."titleEn" AS "titleEn", a."titleFr" AS "titleFr", a."shortName" AS "shortName", a."form" AS "form",
        a."status" AS "status", a."signedOn" AS "signedOn", a."placeCity" AS "placeCity",
        a."placeCountryCode" AS "placeCountryCode", v."slug" AS "visitSlug", p."name" AS "visitorName",
        v."hostCountryCode" AS "visitHostCode"
      FROM "Agreement" a
      LEFT JOIN "Visit" v ON v."id" = a."signedDuringVisitId"
      LEFT JOIN "Person" p ON p."id" = v."visitorId"
      WHERE a."id" IN (${placeholders(ids)})`,
    params: [...ids],
  };
}

/** The parties of the agreements, in each agreement's order of parties. */
export function agreementPartiesQuery(ids: readonly number[]): SqlFragment {
  return {
    sql: `SELECT "agreementId" AS "agreementId", "countryCode" AS "countryCode" FROM "AgreementParty"
      WHERE "agreementId" IN (${placeholders(ids)}) ORDER BY "agreementId", "position", "countryCode"`,
    params: [...ids],
  };
}

/** The cooperation domains of the agreements, each agreement's by slug (ASCII, so both engines order them alike). */
export function agreementDomainsQuery(ids: readonly number[]): SqlFragment {
  return {
    sql: `SELECT ad."agreementId" AS "agreementId", ad."domainId" AS "domainId" FROM "AgreementDomain" ad
      JOIN "CooperationDomain" d ON d."id" = ad."domainId"
      WHERE ad."agreementId" IN (${placeholders(ids)}) ORDER BY ad."agreementId", d."slug"`,
    params: [...ids],
  };
}
