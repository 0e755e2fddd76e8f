-- DropIndex
DROP INDEX "AgreementDomain_domainId_idx";

-- DropIndex
DROP INDEX "AgreementParty_countryCode_idx";

-- CreateIndex
CREATE INDEX "AgreementDomain_domainId_agreementId_idx" ON "AgreementDomain"("domainId", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementParty_countryCode_agreementId_idx" ON "AgreementParty"("countryCode", "agreementId");
