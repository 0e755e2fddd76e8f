// The dashboard's counts, kept in "AgreementTally" (prisma/schema/models.prisma) instead of grouped from every
// agreement on each visit: agreements not archived per cooperation domain, per year of signature, per party and
// per pair of parties. Grouping them took ~650 ms at 250,000 agreements (mostly the ~325,000 pairs); reading the
// kept counts takes a few. What an agreement contributes is the same SQL whether it is counted for one write (the
// record writer's difference before/after, lib/agreements/tallies.ts) or for all of them (a bulk load, the
// migration that made the table). Pure: each builder returns `{ sql, params }`.
import type { TallyKind } from "@/lib/generated/prisma/enums";
import { databaseProvider, type DatabaseProvider } from "../url";
import { placeholders, type SqlFragment, textOrder } from "./fragments";

export interface TallyRow {
  kind: TallyKind;
  key: string;
  count: bigint | number;
}

/** A change to one count. */
export interface TallyDelta {
  kind: TallyKind;
  key: string;
  delta: number;
}

/** A kind as a value of the column: PostgreSQL's enum type takes no text without a cast. */
const kindValue = (kind: string, provider: DatabaseProvider) => (provider === "postgresql" ? `CAST(${kind} AS "TallyKind")` : kind);

/**
 * What the agreements meeting `condition` (over `a`, the agreement) contribute to each count, archived ones left
 * out: one row per kind and key. A pair is counted once, its codes in byte order on both engines. The condition is
 * spelled in each of the four parts: its parameters are bound four times.
 */
function contributions(condition: string, provider: DatabaseProvider): string {
  const counted = `a."archived" = false AND ${condition}`;
  const year = `COALESCE(substr(a."signedOn", 1, 4), '')`;
  return `SELECT ${kindValue("'DOMAIN'", provider)} AS "kind", CAST(ad."domainId" AS TEXT) AS "key", COUNT(*) AS "count"
      FROM "AgreementDomain" ad JOIN "Agreement" a ON a."id" = ad."agreementId" WHERE ${counted} GROUP BY ad."domainId"
    UNION ALL
    SELECT ${kindValue("'YEAR'", provider)}, ${year}, COUNT(*) FROM "Agreement" a WHERE ${counted} GROUP BY ${year}
    UNION ALL
    SELECT ${kindValue("'PARTY'", provider)}, p."countryCode", COUNT(*)
      FROM "AgreementParty" p JOIN "Agreement" a ON a."id" = p."agreementId" WHERE ${counted} GROUP BY p."countryCode"
    UNION ALL
    SELECT ${kindValue("'PAIR'", provider)}, p1."countryCode" || ' ' || p2."countryCode", COUNT(*)
      FROM "AgreementParty" p1
      JOIN "AgreementParty" p2 ON p2."agreementId" = p1."agreementId" AND ${textOrder(`p2."countryCode"`, provider)} > p1."countryCode"
      JOIN "Agreement" a ON a."id" = p1."agreementId"
      WHERE ${counted} GROUP BY p1."countryCode", p2."countryCode"`;
}

/** What some agreements contribute now, read inside the writer's transaction. */
export function tallyContributionsSql(ids: readonly number[], provider: DatabaseProvider = databaseProvider()): SqlFragment {
  return { sql: contributions(`a."id" IN (${placeholders(ids)})`, provider), params: [...ids, ...ids, ...ids, ...ids] };
}

/**
 * Adds each delta to its count, making the row when there is none. In one statement and in the order of the keys,
 * so two writers on PostgreSQL lock the rows they share in the same order.
 */
export function applyTallyDeltasSql(deltas: readonly TallyDelta[], provider: DatabaseProvider = databaseProvider()): SqlFragment {
  const sorted = [...deltas].sort((a, b) => (a.kind === b.kind ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.kind < b.kind ? -1 : 1));
  return {
    sql: `INSERT INTO "AgreementTally" ("kind", "key", "count") VALUES ${sorted.map(() => `(${kindValue("?", provider)}, ?, ?)`).join(", ")}
      ON CONFLICT ("kind", "key") DO UPDATE SET "count" = "AgreementTally"."count" + excluded."count"`,
    params: sorted.flatMap((delta) => [delta.kind, delta.key, delta.delta]),
  };
}

/** What every agreement contributes: the counts as they should be (tests compare the kept ones with these). */
export function countedTalliesSql(provider: DatabaseProvider = databaseProvider()): SqlFragment {
  return { sql: contributions("1 = 1", provider), params: [] };
}

/** Every count made again from the agreements: after a bulk load, and in the migration that made the table. */
export function recountTalliesSql(provider: DatabaseProvider = databaseProvider()): SqlFragment[] {
  return [
    { sql: `DELETE FROM "AgreementTally"`, params: [] },
    { sql: `INSERT INTO "AgreementTally" ("kind", "key", "count") ${countedTalliesSql(provider).sql}`, params: [] },
  ];
}

/** Every cooperation domain with its count, zero included (a domain without agreements has no row, or one at 0). */
export function domainTalliesSql(provider: DatabaseProvider = databaseProvider()): SqlFragment {
  return {
    sql: `SELECT d."id" AS "id", d."slug" AS "slug", d."nameEn" AS "nameEn", d."nameFr" AS "nameFr", d."nameAr" AS "nameAr", COALESCE(t."count", 0) AS "count"
      FROM "CooperationDomain" d
      LEFT JOIN "AgreementTally" t ON t."kind" = 'DOMAIN' AND t."key" = CAST(d."id" AS TEXT)
      ORDER BY "count" DESC, ${textOrder(`d."slug"`, provider)}`,
    params: [],
  };
}

/** The counts of one kind above zero, most first; ties in byte order of their keys. */
export function talliesSql(
  kind: Exclude<TallyKind, "DOMAIN">,
  limit?: number,
  provider: DatabaseProvider = databaseProvider(),
): SqlFragment {
  return {
    sql: `SELECT "key" AS "key", "count" AS "count" FROM "AgreementTally" WHERE "kind" = '${kind}' AND "count" > 0
      ORDER BY "count" DESC, ${textOrder(`"key"`, provider)}${limit === undefined ? "" : " LIMIT ?"}`,
    params: limit === undefined ? [] : [limit],
  };
}

export const busiestPairLimit = 10;

/** Every statement the dashboard's counts take, in order: for the benchmark's raw timing. */
export function dashboardSql(provider: DatabaseProvider = databaseProvider()): SqlFragment[] {
  return [
    domainTalliesSql(provider),
    talliesSql("YEAR", undefined, provider),
    talliesSql("PARTY", undefined, provider),
    talliesSql("PAIR", busiestPairLimit, provider),
  ];
}
