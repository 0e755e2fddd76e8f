-- The dashboard's counts, kept by the record writer (lib/agreements/tallies.ts) instead of grouped on each visit.
-- CreateTable
CREATE TABLE "AgreementTally" (
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("kind", "key")
);

-- CreateIndex
CREATE INDEX "AgreementTally_kind_count_idx" ON "AgreementTally"("kind", "count");

-- The counts of the agreements already there (lib/db/sql/tallies.ts, recountTalliesSql).
INSERT INTO "AgreementTally" ("kind", "key", "count") SELECT 'DOMAIN' AS "kind", CAST(ad."domainId" AS TEXT) AS "key", COUNT(*) AS "count"
      FROM "AgreementDomain" ad JOIN "Agreement" a ON a."id" = ad."agreementId" WHERE a."archived" = false AND 1 = 1 GROUP BY ad."domainId"
    UNION ALL
    SELECT 'YEAR', COALESCE(substr(a."signedOn", 1, 4), ''), COUNT(*) FROM "Agreement" a WHERE a."archived" = false AND 1 = 1 GROUP BY COALESCE(substr(a."signedOn", 1, 4), '')
    UNION ALL
    SELECT 'PARTY', p."countryCode", COUNT(*)
      FROM "AgreementParty" p JOIN "Agreement" a ON a."id" = p."agreementId" WHERE a."archived" = false AND 1 = 1 GROUP BY p."countryCode"
    UNION ALL
    SELECT 'PAIR', p1."countryCode" || ' ' || p2."countryCode", COUNT(*)
      FROM "AgreementParty" p1
      JOIN "AgreementParty" p2 ON p2."agreementId" = p1."agreementId" AND p2."countryCode" > p1."countryCode"
      JOIN "Agreement" a ON a."id" = p1."agreementId"
      WHERE a."archived" = false AND 1 = 1 GROUP BY p1."countryCode", p2."countryCode";
