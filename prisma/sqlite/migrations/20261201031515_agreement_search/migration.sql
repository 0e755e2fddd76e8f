-- CreateTable
CREATE TABLE "ChangeCounter" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleLanguage" TEXT NOT NULL,
    "titleEn" TEXT,
    "titleFr" TEXT,
    "shortName" TEXT,
    "form" TEXT NOT NULL,
    "legalNature" TEXT,
    "status" TEXT NOT NULL,
    "signedOn" TEXT,
    "entryIntoForceOn" TEXT,
    "endedOn" TEXT,
    "placeCity" TEXT,
    "placeCountryCode" TEXT,
    "summaryEn" TEXT,
    "summaryFr" TEXT,
    "notes" TEXT,
    "disclosure" TEXT,
    "signedDuringVisitId" INTEGER,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortTitleEn" TEXT NOT NULL DEFAULT '',
    "sortTitleFr" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agreement_placeCountryCode_fkey" FOREIGN KEY ("placeCountryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agreement_signedDuringVisitId_fkey" FOREIGN KEY ("signedDuringVisitId") REFERENCES "Visit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Agreement" ("archived", "createdAt", "disclosure", "endedOn", "entryIntoForceOn", "form", "id", "legalNature", "notes", "placeCity", "placeCountryCode", "shortName", "signedDuringVisitId", "signedOn", "slug", "status", "summaryEn", "summaryFr", "title", "titleEn", "titleFr", "titleLanguage", "updatedAt", "version") SELECT "archived", "createdAt", "disclosure", "endedOn", "entryIntoForceOn", "form", "id", "legalNature", "notes", "placeCity", "placeCountryCode", "shortName", "signedDuringVisitId", "signedOn", "slug", "status", "summaryEn", "summaryFr", "title", "titleEn", "titleFr", "titleLanguage", "updatedAt", "version" FROM "Agreement";
DROP TABLE "Agreement";
ALTER TABLE "new_Agreement" RENAME TO "Agreement";
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");
CREATE INDEX "Agreement_archived_signedOn_idx" ON "Agreement"("archived", "signedOn");
CREATE INDEX "Agreement_archived_sortTitleEn_idx" ON "Agreement"("archived", "sortTitleEn");
CREATE INDEX "Agreement_archived_sortTitleFr_idx" ON "Agreement"("archived", "sortTitleFr");
CREATE INDEX "Agreement_archived_placeCity_idx" ON "Agreement"("archived", "placeCity");
CREATE INDEX "Agreement_archived_form_idx" ON "Agreement"("archived", "form");
CREATE INDEX "Agreement_archived_status_idx" ON "Agreement"("archived", "status");
CREATE INDEX "Agreement_signedDuringVisitId_idx" ON "Agreement"("signedDuringVisitId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Full-text index of Agreement.searchText (SQLite FTS5; raw SQL Prisma cannot express). It reads its text
-- from the Agreement table (external content) and triggers keep it in step. searchText is already lower-cased
-- and accent-free; prefix indexes of 2 and 3 characters make "cyber*"-style queries fast. The table is
-- declared external in prisma.config.ts so that Prisma does not try to drop it. A migration that redefines
-- the Agreement table drops these triggers: tests/prisma/migrations.test.ts checks that they exist.
CREATE VIRTUAL TABLE "AgreementFts" USING fts5(
    "searchText",
    content = 'Agreement',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3',
    detail = none
);

CREATE TRIGGER "AgreementFts_insert" AFTER INSERT ON "Agreement" BEGIN
    INSERT INTO "AgreementFts" (rowid, "searchText") VALUES (new."id", new."searchText");
END;

CREATE TRIGGER "AgreementFts_delete" AFTER DELETE ON "Agreement" BEGIN
    INSERT INTO "AgreementFts" ("AgreementFts", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
END;

CREATE TRIGGER "AgreementFts_update" AFTER UPDATE OF "searchText" ON "Agreement" BEGIN
    INSERT INTO "AgreementFts" ("AgreementFts", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
    INSERT INTO "AgreementFts" (rowid, "searchText") VALUES (new."id", new."searchText");
END;

INSERT INTO "AgreementFts" ("AgreementFts") VALUES ('rebuild');
