-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "unStatus" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameOriginal" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Agreement" (
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
    "version" INTEGER NOT NULL DEFAULT 1,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agreement_placeCountryCode_fkey" FOREIGN KEY ("placeCountryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Agreement_signedDuringVisitId_fkey" FOREIGN KEY ("signedDuringVisitId") REFERENCES "Visit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("agreementId", "countryCode"),
    CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementParty_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Signatory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "agreementId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "titleEn" TEXT,
    "titleFr" TEXT,
    "countryCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Signatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Signatory_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Signatory_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CooperationDomain" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "descriptionFr" TEXT
);

-- CreateTable
CREATE TABLE "AgreementDomain" (
    "agreementId" INTEGER NOT NULL,
    "domainId" INTEGER NOT NULL,
    "evidence" TEXT,
    "evidenceSourceId" INTEGER,

    PRIMARY KEY ("agreementId", "domainId"),
    CONSTRAINT "AgreementDomain_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementDomain_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "CooperationDomain" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgreementDomain_evidenceSourceId_fkey" FOREIGN KEY ("evidenceSourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "AgreementLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "visitorId" INTEGER NOT NULL,
    "visitorTitleEn" TEXT,
    "visitorTitleFr" TEXT,
    "visitorCountryCode" TEXT NOT NULL,
    "hostCountryCode" TEXT NOT NULL,
    "city" TEXT,
    "startOn" TEXT,
    "endOn" TEXT,
    "kind" TEXT NOT NULL,
    "summaryEn" TEXT,
    "summaryFr" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Visit_visitorId_fkey" FOREIGN KEY ("visitorId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Visit_visitorCountryCode_fkey" FOREIGN KEY ("visitorCountryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Visit_hostCountryCode_fkey" FOREIGN KEY ("hostCountryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "visitId" INTEGER NOT NULL,
    "counterpartId" INTEGER,
    "counterpartTitleEn" TEXT,
    "counterpartTitleFr" TEXT,
    "counterpartCountryCode" TEXT,
    "summaryEn" TEXT,
    "summaryFr" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Meeting_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Meeting_counterpartId_fkey" FOREIGN KEY ("counterpartId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_counterpartCountryCode_fkey" FOREIGN KEY ("counterpartCountryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "publishedOn" TEXT,
    "url" TEXT,
    "excerpt" TEXT,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AgreementSource" (
    "agreementId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    PRIMARY KEY ("agreementId", "sourceId"),
    CONSTRAINT "AgreementSource_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VisitSource" (
    "visitId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    PRIMARY KEY ("visitId", "sourceId"),
    CONSTRAINT "VisitSource_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VisitSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");

-- CreateIndex
CREATE INDEX "Agreement_archived_signedOn_idx" ON "Agreement"("archived", "signedOn");

-- CreateIndex
CREATE INDEX "Agreement_form_idx" ON "Agreement"("form");

-- CreateIndex
CREATE INDEX "Agreement_status_idx" ON "Agreement"("status");

-- CreateIndex
CREATE INDEX "Agreement_signedDuringVisitId_idx" ON "Agreement"("signedDuringVisitId");

-- CreateIndex
CREATE INDEX "AgreementParty_countryCode_idx" ON "AgreementParty"("countryCode");

-- CreateIndex
CREATE INDEX "Signatory_personId_idx" ON "Signatory"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Signatory_agreementId_personId_key" ON "Signatory"("agreementId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationDomain_slug_key" ON "CooperationDomain"("slug");

-- CreateIndex
CREATE INDEX "AgreementDomain_domainId_idx" ON "AgreementDomain"("domainId");

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
CREATE INDEX "Meeting_visitId_idx" ON "Meeting"("visitId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "AgreementSource_sourceId_idx" ON "AgreementSource"("sourceId");

-- CreateIndex
CREATE INDEX "VisitSource_sourceId_idx" ON "VisitSource"("sourceId");
