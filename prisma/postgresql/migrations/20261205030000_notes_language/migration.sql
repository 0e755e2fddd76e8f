-- The language of the notes editors write, so that a page in another language marks them (lang and a visible
-- tag) instead of passing them off as its own: on agreements, visits, sources and agreement links. Notes already
-- written keep no language (their writers were never asked), and the seed marks its own English notes
-- (prisma/seed/seed.ts).
-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN "notesLanguage" TEXT;
ALTER TABLE "AgreementLink" ADD COLUMN "noteLanguage" TEXT;
ALTER TABLE "Source" ADD COLUMN "notesLanguage" TEXT;
ALTER TABLE "Visit" ADD COLUMN "notesLanguage" TEXT;
