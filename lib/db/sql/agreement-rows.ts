// What the agreements table, its export and /api/agreements show of each agreement, in one row per agreement: its
// fields (of the translated titles, only the reader's), its parties' codes in order and its domains' slugs in
// order (each joined with commas: neither holds one), and the visit it was signed during. Names of states and
// domains come from the cached reference lists, not from joins. A page reads the rows of its ids; an export reads
// the whole search in its order, as one statement taken a batch at a time (lib/db/snapshot-reader.ts).
import type { AgreementSearch } from "@/lib/agreements/search-params";
import { localizedField } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { databaseProvider, type DatabaseProvider } from "../url";
import { orderClause, titleLocale, whereClause } from "./agreement-search";
import { orderedList, placeholders, type SqlFragment, textOrder } from "./fragments";

export interface AgreementRowColumns {
  id: number | bigint;
  slug: string;
  title: string;
  titleLanguage: string;
  /** The title in the reader's language (`titleEn`, `titleFr`), when the agreement has one. */
  titleEn?: string | null;
  titleFr?: string | null;
  titleAr?: string | null;
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

function rowsFrom(locale: Locale, provider: DatabaseProvider): string {
  const partyCodes = orderedList(`p."countryCode"`, ",", `p."position", p."countryCode"`, provider);
  const domainSlugs = orderedList(`d."slug"`, ",", textOrder(`d."slug"`, provider), provider);
  const translated = localizedField("title", titleLocale(locale));
  return `SELECT a."id" AS "id", a."slug" AS "slug", a."title" AS "title", a."titleLanguage" AS "titleLanguage",
        a."${translated}" AS "${translated}", a."shortName" AS "shortName", a."form" AS "form",
        a."status" AS "status", a."signedOn" AS "signedOn", a."placeCity" AS "placeCity",
        a."placeCountryCode" AS "placeCountryCode",
        (SELECT ${partyCodes} FROM "AgreementParty" p WHERE p."agreementId" = a."id") AS "partyCodes",
        (SELECT ${domainSlugs} FROM "AgreementDomain" ad JOIN "CooperationDomain" d ON d."id" = ad."domainId"
          WHERE ad."agreementId" = a."id") AS "domainSlugs",
        v."slug" AS "visitSlug", pe."name" AS "visitorName", v."hostCountryCode" AS "visitHostCode"
      FROM "Agreement" a
      LEFT JOIN "Visit" v ON v."id" = a."signedDuringVisitId"
      LEFT JOIN "Person" pe ON pe."id" = v."visitorId"`;
}

/** The rows of some agreements (a page's), in no particular order. */
export function agreementRowsQuery(ids: readonly number[], locale: Locale, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  return { sql: `${rowsFrom(locale, provider)} WHERE a."id" IN (${placeholders(ids)})`, params: [...ids] };
}

/** The rows of every agreement of a search, in its order: an export. */
export function searchRowsQuery(search: AgreementSearch, locale: Locale, provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const where = whereClause(search, undefined, provider);
  return {
    sql: `${rowsFrom(locale, provider)} WHERE ${where.sql} ORDER BY ${orderClause(search, locale, provider)}`,
    params: where.params,
  };
}
