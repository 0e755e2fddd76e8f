// What the agreements table, its export and /api/agreements show of each agreement, read for a list of ids in
// one statement: the agreement's fields, its parties' codes in order and its domains' slugs in order (each joined
// with commas: neither holds one), and the visit it was signed during. Names of states and domains come from the
// cached reference lists, not from joins. One row per agreement keeps an export's garbage small (three statements
// of a row each per party and domain made the server's heap grow by ~140 MB on PostgreSQL).
import { databaseProvider, type DatabaseProvider } from "../url";
import { orderedList, placeholders, type SqlFragment } from "./fragments";

export interface AgreementRowColumns {
  id: number | bigint;
  slug: string;
  title: string;
  titleLanguage: string;
  titleEn: string | null;
  titleFr: string | null;
  shortName: string | null;
  form: string;
  status: string;
  signedOn: string | null;
  placeCity: string | null;
  placeCountryCode: string | null;
  /** "MA,IL": the parties' codes in the agreement's order, or null without any. */
  partyCodes: string | null;
  /** "training,cybersecurity": the domains' slugs in byte order, or null without any. */
  domainSlugs: string | null;
  visitSlug: string | null;
  visitorName: string | null;
  visitHostCode: string | null;
}

export function agreementRowsQuery(ids: readonly number[], provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const partyCodes = orderedList(`p."countryCode"`, ",", `p."position", p."countryCode"`, provider);
  const domainSlugs = orderedList(`d."slug"`, ",", provider === "postgresql" ? `d."slug" COLLATE "C"` : `d."slug"`, provider);
  return {
    sql: `SELECT a."id" AS "id", a."slug" AS "slug", a."title" AS "title", a."titleLanguage" AS "titleLanguage",
        a."titleEn" AS "titleEn", a."titleFr" AS "titleFr", a."shortName" AS "shortName", a."form" AS "form",
        a."status" AS "status", a."signedOn" AS "signedOn", a."placeCity" AS "placeCity",
        a."placeCountryCode" AS "placeCountryCode",
        (SELECT ${partyCodes} FROM "AgreementParty" p WHERE p."agreementId" = a."id") AS "partyCodes",
        (SELECT ${domainSlugs} FROM "AgreementDomain" ad JOIN "CooperationDomain" d ON d."id" = ad."domainId"
          WHERE ad."agreementId" = a."id") AS "domainSlugs",
        v."slug" AS "visitSlug", pe."name" AS "visitorName", v."hostCountryCode" AS "visitHostCode"
      FROM "Agreement" a
      LEFT JOIN "Visit" v ON v."id" = a."signedDuringVisitId"
      LEFT JOIN "Person" pe ON pe."id" = v."visitorId"
      WHERE a."id" IN (${placeholders(ids)})`,
    params: [...ids],
  };
}
