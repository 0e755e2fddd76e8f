-- Arabic, the third interface language: the names of states and cooperation domains in Arabic, optional as every
-- language's but English is. The seed fills them (prisma/seed/seed.ts), and the visits table sorts by a state's name in
-- the reader's language, hence the index, as for nameEn and nameFr.
-- AlterTable
ALTER TABLE "CooperationDomain" ADD COLUMN "nameAr" TEXT;

-- AlterTable
ALTER TABLE "Country" ADD COLUMN "nameAr" TEXT;

-- CreateIndex
CREATE INDEX "Country_nameAr_idx" ON "Country"("nameAr");
