-- Agreement titles in Arabic, as in English and French: an optional title and the sort key of the title a reader of
-- Arabic sees (its Arabic title, else the title in the language of the text). The seed writes the keys of the rows
-- already there once (prisma/seed/search-text-upgrade.ts: the search text recipe changed with them).
-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN "sortTitleAr" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Agreement" ADD COLUMN "titleAr" TEXT;

-- CreateIndex
CREATE INDEX "Agreement_archived_sortTitleAr_idx" ON "Agreement"("archived", "sortTitleAr");
