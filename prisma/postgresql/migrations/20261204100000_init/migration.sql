-- PostgreSQL's first migration: the schema of prisma/schema/models.prisma as SQLite's migrations up to
-- search_inside_words leave it, written by `prisma migrate diff --from-empty`, plus the search indexes.
--
-- Search: searchText is lower-cased and accent-free text filled by the app (lib/search/normalize.ts), and a
-- query word matches wherever it appears in it (lib/db/sql/text-search.ts: `LIKE '%word%'`). pg_trgm's GIN
-- indexes serve those LIKE conditions, as FTS5's trigram tables do on SQLite. They index lower("searchText")
-- (the same text: it is stored lower-cased) because Prisma leaves expression indexes alone: on the plain
-- column, which its schema cannot describe for one engine only, `migrate dev` wrote a migration dropping them.
--
-- Sorting: the columns the tables and lists sort by compare bytes (COLLATE "C"), as SQLite's do, whatever the
-- database's own collation: the same rows come in the same order on both engines, and the indexes on these
-- columns serve the raw SQL's `ORDER BY … COLLATE "C"` (with the database's collation they could not: a sorted
-- page of 250,000 agreements took ~102 ms instead of 0.3 ms). Prisma's schema cannot say this for one engine only.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "UnStatus" AS ENUM ('MEMBER', 'OBSERVER');

-- CreateEnum
CREATE TYPE "AgreementForm" AS ENUM ('TREATY', 'AGREEMENT', 'MEMORANDUM_OF_UNDERSTANDING', 'PROTOCOL', 'EXCHANGE_OF_NOTES', 'DECLARATION', 'JOINT_STATEMENT', 'ARRANGEMENT');

-- CreateEnum
CREATE TYPE "LegalNature" AS ENUM ('BINDING', 'NON_BINDING');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('UNDER_NEGOTIATION', 'SIGNED', 'IN_FORCE', 'PROVISIONALLY_APPLIED', 'SUSPENDED', 'TERMINATED', 'EXPIRED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "DisclosureLevel" AS ENUM ('FULL_TEXT_PUBLIC', 'SUMMARY_ONLY', 'PRESS_RELEASE_ONLY', 'CONFIDENTIAL');

-- CreateEnum
CREATE TYPE "AgreementLinkKind" AS ENUM ('AMENDS', 'SUPERSEDES', 'IMPLEMENTS', 'SUPPLEMENTS', 'RELATED', 'SAME_OCCASION');

-- CreateEnum
CREATE TYPE "VisitKind" AS ENUM ('STATE', 'OFFICIAL', 'WORKING');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('VIEWER', 'EDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "RecordKind" AS ENUM ('AGREEMENT', 'VISIT');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'REVERT');

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "nameEn" TEXT COLLATE "C" NOT NULL,
    "nameFr" TEXT COLLATE "C" NOT NULL,
    "unStatus" "UnStatus" NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT COLLATE "C" NOT NULL,
    "nameOriginal" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleLanguage" TEXT NOT NULL,
    "titleEn" TEXT,
    "titleFr" TEXT,
    "shortName" TEXT,
    "form" "AgreementForm" NOT NULL,
    "legalNature" "LegalNature",
    "status" "AgreementStatus" NOT NULL,
    "signedOn" TEXT COLLATE "C",
    "entryIntoForceOn" TEXT,
    "endedOn" TEXT,
    "placeCity" TEXT COLLATE "C",
    "placeCountryCode" TEXT,
    "summaryEn" TEXT,
    "summaryFr" TEXT,
    "notes" TEXT,
    "disclosure" "DisclosureLevel",
    "signedDuringVisitId" INTEGER,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortTitleEn" TEXT COLLATE "C" NOT NULL DEFAULT '',
    "sortTitleFr" TEXT COLLATE "C" NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeCounter" (
    "scope" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChangeCounter_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("agreementId","countryCode")
);

-- CreateTable
CREATE TABLE "Signatory" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "titleEn" TEXT,
    "titleFr" TEXT,
    "countryCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Signatory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationDomain" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT COLLATE "C" NOT NULL,
    "nameFr" TEXT COLLATE "C" NOT NULL,
    "descriptionEn" TEXT,
    "descriptionFr" TEXT,

    CONSTRAINT "CooperationDomain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementDomain" (
    "agreementId" INTEGER NOT NULL,
    "domainId" INTEGER NOT NULL,
    "evidence" TEXT,
    "evidenceSourceId" INTEGER,

    CONSTRAINT "AgreementDomain_pkey" PRIMARY KEY ("agreementId","domainId")
);

-- CreateTable
CREATE TABLE "AgreementLink" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" "AgreementLinkKind" NOT NULL,
    "note" TEXT,

    CONSTRAINT "AgreementLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "visitorId" INTEGER NOT NULL,
    "visitorTitleEn" TEXT,
    "visitorTitleFr" TEXT,
    "visitorCountryCode" TEXT NOT NULL,
    "hostCountryCode" TEXT NOT NULL,
    "city" TEXT COLLATE "C",
    "startOn" TEXT COLLATE "C",
    "endOn" TEXT,
    "kind" "VisitKind" NOT NULL,
    "summaryEn" TEXT,
    "summaryFr" TEXT,
    "notes" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "visitId" INTEGER NOT NULL,
    "counterpartId" INTEGER,
    "counterpartTitleEn" TEXT,
    "counterpartTitleFr" TEXT,
    "counterpartCountryCode" TEXT,
    "summaryEn" TEXT,
    "summaryFr" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "publishedOn" TEXT,
    "url" TEXT,
    "excerpt" TEXT,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementSource" (
    "agreementId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "AgreementSource_pkey" PRIMARY KEY ("agreementId","sourceId")
);

-- CreateTable
CREATE TABLE "VisitSource" (
    "visitId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "VisitSource_pkey" PRIMARY KEY ("visitId","sourceId")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "recordKind" "RecordKind" NOT NULL,
    "recordId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "userId" TEXT,
    "revertedTo" INTEGER,
    "changes" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppSetting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Country_nameEn_idx" ON "Country"("nameEn");

-- CreateIndex
CREATE INDEX "Country_nameFr_idx" ON "Country"("nameFr");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");

-- CreateIndex
CREATE INDEX "Agreement_archived_signedOn_idx" ON "Agreement"("archived", "signedOn");

-- CreateIndex
CREATE INDEX "Agreement_archived_sortTitleEn_idx" ON "Agreement"("archived", "sortTitleEn");

-- CreateIndex
CREATE INDEX "Agreement_archived_sortTitleFr_idx" ON "Agreement"("archived", "sortTitleFr");

-- CreateIndex
CREATE INDEX "Agreement_archived_placeCity_idx" ON "Agreement"("archived", "placeCity");

-- CreateIndex
CREATE INDEX "Agreement_archived_form_idx" ON "Agreement"("archived", "form");

-- CreateIndex
CREATE INDEX "Agreement_archived_status_idx" ON "Agreement"("archived", "status");

-- CreateIndex
CREATE INDEX "Agreement_signedDuringVisitId_idx" ON "Agreement"("signedDuringVisitId");

-- CreateIndex
CREATE INDEX "AgreementParty_countryCode_agreementId_idx" ON "AgreementParty"("countryCode", "agreementId");

-- CreateIndex
CREATE INDEX "Signatory_personId_idx" ON "Signatory"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Signatory_agreementId_personId_key" ON "Signatory"("agreementId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationDomain_slug_key" ON "CooperationDomain"("slug");

-- CreateIndex
CREATE INDEX "AgreementDomain_domainId_agreementId_idx" ON "AgreementDomain"("domainId", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementLink_toId_idx" ON "AgreementLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementLink_fromId_toId_kind_key" ON "AgreementLink"("fromId", "toId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_slug_key" ON "Visit"("slug");

-- CreateIndex
CREATE INDEX "Visit_visitorCountryCode_idx" ON "Visit"("visitorCountryCode");

-- CreateIndex
CREATE INDEX "Visit_hostCountryCode_idx" ON "Visit"("hostCountryCode");

-- CreateIndex
CREATE INDEX "Visit_archived_startOn_idx" ON "Visit"("archived", "startOn");

-- CreateIndex
CREATE INDEX "Visit_visitorId_idx" ON "Visit"("visitorId");

-- CreateIndex
CREATE INDEX "Visit_archived_city_idx" ON "Visit"("archived", "city");

-- CreateIndex
CREATE INDEX "Visit_archived_kind_idx" ON "Visit"("archived", "kind");

-- CreateIndex
CREATE INDEX "Meeting_visitId_idx" ON "Meeting"("visitId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "AgreementSource_sourceId_idx" ON "AgreementSource"("sourceId");

-- CreateIndex
CREATE INDEX "VisitSource_sourceId_idx" ON "VisitSource"("sourceId");

-- CreateIndex
CREATE INDEX "Revision_userId_idx" ON "Revision"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_recordKind_recordId_version_key" ON "Revision"("recordKind", "recordId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE INDEX "SignInFailure_key_createdAt_idx" ON "SignInFailure"("key", "createdAt");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_placeCountryCode_fkey" FOREIGN KEY ("placeCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_signedDuringVisitId_fkey" FOREIGN KEY ("signedDuringVisitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signatory" ADD CONSTRAINT "Signatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signatory" ADD CONSTRAINT "Signatory_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signatory" ADD CONSTRAINT "Signatory_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDomain" ADD CONSTRAINT "AgreementDomain_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDomain" ADD CONSTRAINT "AgreementDomain_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "CooperationDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDomain" ADD CONSTRAINT "AgreementDomain_evidenceSourceId_fkey" FOREIGN KEY ("evidenceSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementLink" ADD CONSTRAINT "AgreementLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementLink" ADD CONSTRAINT "AgreementLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_visitorId_fkey" FOREIGN KEY ("visitorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_visitorCountryCode_fkey" FOREIGN KEY ("visitorCountryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_hostCountryCode_fkey" FOREIGN KEY ("hostCountryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_counterpartId_fkey" FOREIGN KEY ("counterpartId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_counterpartCountryCode_fkey" FOREIGN KEY ("counterpartCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSource" ADD CONSTRAINT "AgreementSource_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSource" ADD CONSTRAINT "AgreementSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitSource" ADD CONSTRAINT "VisitSource_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitSource" ADD CONSTRAINT "VisitSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- CreateIndex
CREATE INDEX "Agreement_searchText_trgm_idx" ON "Agreement" USING GIN (lower("searchText") gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Visit_searchText_trgm_idx" ON "Visit" USING GIN (lower("searchText") gin_trgm_ops);
