"use client";
// The plain sections of the agreement form: titles, nature, signature, parties and signatories, visit, texts.
import { useTranslations } from "next-intl";
import { BoundTextAreaField, BoundTextField } from "@/components/forms/bound-fields";
import { useField } from "@/components/forms/form-fields-context";
import { LanguageSelectField } from "@/components/forms/language-select-field";
import { LookupField } from "@/components/forms/lookup-field";
import { SelectField } from "@/components/forms/select-field";
import { AgreementForm, AgreementStatus, DisclosureLevel, LegalNature } from "@/lib/generated/prisma/enums";
import type { ReactNode } from "react";
import { PartyPicker } from "./party-picker";
import { SignatoryRows } from "./signatory-rows";
import { StatusWarningNotice } from "./status-warning";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`section-${id}`} className="flex flex-col gap-4">
      <h2 id={`section-${id}`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function TitleSection() {
  const t = useTranslations("agreementForm");
  return (
    <Section id="titles" title={t("titles")}>
      <div className="grid gap-4 sm:grid-cols-[1fr_14rem]">
        <BoundTextField name="title" label={t("title")} hint={t("titleHint")} required maxLength={500} />
        <LanguageSelectField name="titleLanguage" label={t("titleLanguage")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <BoundTextField name="titleEn" label={t("titleEn")} lang="en" maxLength={500} />
        <BoundTextField name="titleFr" label={t("titleFr")} lang="fr" maxLength={500} />
        <BoundTextField name="titleAr" label={t("titleAr")} lang="ar" dir="rtl" maxLength={500} />
        <BoundTextField name="shortName" label={t("shortName")} maxLength={120} />
      </div>
    </Section>
  );
}

export function NatureSection() {
  const t = useTranslations("agreementForm");
  const all = useTranslations();
  const options = (namespace: string, values: Record<string, string>) =>
    Object.values(values).map((value) => ({ value, label: all(`${namespace}.${value}` as never) }));
  return (
    <Section id="nature" title={t("nature")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="form" label={t("form")} emptyLabel={t("choose")} options={options("form", AgreementForm)} required />
        <SelectField name="status" label={t("status")} emptyLabel={t("choose")} options={options("status", AgreementStatus)} required />
        <StatusWarningNotice />
        <SelectField
          name="legalNature"
          label={t("legalNature")}
          emptyLabel={t("notRecorded")}
          options={options("legalNature", LegalNature)}
        />
        <SelectField
          name="disclosure"
          label={t("disclosure")}
          emptyLabel={t("notRecorded")}
          options={options("disclosure", DisclosureLevel)}
        />
      </div>
    </Section>
  );
}

export function SignatureSection({ countries }: { countries: { code: string; name: string }[] }) {
  const t = useTranslations("agreementForm");
  return (
    <Section id="signature" title={t("datesAndPlace")}>
      <div className="grid gap-4 sm:grid-cols-3">
        <BoundTextField name="signedOn" label={t("signedOn")} hint={t("dateHint")} inputMode="numeric" />
        <BoundTextField name="entryIntoForceOn" label={t("entryIntoForceOn")} hint={t("dateHint")} inputMode="numeric" />
        <BoundTextField name="endedOn" label={t("endedOn")} hint={t("dateHint")} inputMode="numeric" />
        <BoundTextField name="placeCity" label={t("placeCity")} maxLength={120} />
        <SelectField
          name="placeCountryCode"
          label={t("placeCountryCode")}
          emptyLabel={t("notRecorded")}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
      </div>
    </Section>
  );
}

interface PartiesSectionProps {
  countries: { code: string; name: string; alias?: string }[];
  people: string[];
  signatoryCount: number;
}

export function PartiesSection({ countries, people, signatoryCount }: PartiesSectionProps) {
  const t = useTranslations("agreementForm");
  return (
    <Section id="parties" title={t("partiesAndSignatories")}>
      <PartyPicker countries={countries} />
      <SignatoryRows initialCount={signatoryCount} countries={countries} people={people} />
    </Section>
  );
}

export function VisitSection({ labels }: { labels: Record<string, string> }) {
  const t = useTranslations("agreementForm");
  const field = useField("signedDuringVisit");
  return (
    <Section id="visit" title={t("visitSection")}>
      <LookupField
        id={field.id}
        name={field.name}
        label={t("signedDuringVisit")}
        hint={t("visitHint")}
        errors={field.errors}
        endpoint="/api/lookup/visits"
        defaultValue={field.defaultValue}
        defaultLabel={labels[field.defaultValue]}
      />
    </Section>
  );
}

export function DescriptionSection() {
  const t = useTranslations("agreementForm");
  return (
    <Section id="description" title={t("description")}>
      <BoundTextAreaField name="summaryEn" label={t("summaryEn")} lang="en" rows={4} />
      <BoundTextAreaField name="summaryFr" label={t("summaryFr")} lang="fr" rows={4} />
      <BoundTextAreaField name="notes" label={t("notes")} hint={t("notesHint")} rows={3} />
      <div className="sm:max-w-xs">
        <LanguageSelectField name="notesLanguage" label={t("notesLanguage")} hint={t("notesLanguageHint")} emptyLabel={t("notSaid")} />
      </div>
    </Section>
  );
}
