-- AlterTable
-- The visits table's search text (lower-cased, accent-free words). SQL cannot strip accents, so existing
-- visits get theirs from the seed, which fills every empty one on its next run (prisma/seed/seed.ts).
ALTER TABLE "Visit" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- The visits table's sorts by a state's name, the official, the city and the kind walk these indexes and stop
-- at the page's last row, instead of sorting every visit (measured at ~21,000 visits: 10–16 ms down to <1 ms).
-- CreateIndex
CREATE INDEX "Country_nameEn_idx" ON "Country"("nameEn");

-- CreateIndex
CREATE INDEX "Country_nameFr_idx" ON "Country"("nameFr");

-- CreateIndex
CREATE INDEX "Visit_visitorId_idx" ON "Visit"("visitorId");

-- CreateIndex
CREATE INDEX "Visit_archived_city_idx" ON "Visit"("archived", "city");

-- CreateIndex
CREATE INDEX "Visit_archived_kind_idx" ON "Visit"("archived", "kind");

-- Full-text index of Visit.searchText, made like AgreementFts (see the agreement_search migration): external
-- content, kept in step by triggers, prefix indexes for "gan*"-style queries. Matching words with instr()
-- over every visit was measured at 12–20 ms for ~21,000 visits; through this index, under 2 ms. Declared
-- external in prisma.config.ts; tests/prisma/migrations.test.ts checks that the triggers exist.
CREATE VIRTUAL TABLE "VisitFts" USING fts5(
    "searchText",
    content = 'Visit',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3',
    detail = none
);

CREATE TRIGGER "VisitFts_insert" AFTER INSERT ON "Visit" BEGIN
    INSERT INTO "VisitFts" (rowid, "searchText") VALUES (new."id", new."searchText");
END;

CREATE TRIGGER "VisitFts_delete" AFTER DELETE ON "Visit" BEGIN
    INSERT INTO "VisitFts" ("VisitFts", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
END;

CREATE TRIGGER "VisitFts_update" AFTER UPDATE OF "searchText" ON "Visit" BEGIN
    INSERT INTO "VisitFts" ("VisitFts", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
    INSERT INTO "VisitFts" (rowid, "searchText") VALUES (new."id", new."searchText");
END;

INSERT INTO "VisitFts" ("VisitFts") VALUES ('rebuild');
