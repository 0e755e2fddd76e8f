"use client";
// The agreement form, for a new agreement or an edit: every field of the record in sections, the GOV.UK error
// summary, a possible duplicate or someone else's newer save pointed out, and a prompt before leaving unsaved work.
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFieldsProvider } from "@/components/forms/form-fields-context";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { useHydrated } from "@/components/ui/use-hydrated";
import { createAgreement, updateAgreement, type AgreementFormState } from "@/lib/agreements/actions";
import type { AgreementFormOptions } from "@/lib/agreements/queries";
import { agreementInput, readAgreementFormWithErrors } from "@/lib/agreements/schemas";
import { rowCount } from "@/lib/agreements/form-values";
import type { SubmittedValues } from "@/lib/forms/form-state";
import { ConflictNotice, DuplicateNotice } from "./save-notices";
import { DescriptionSection, NatureSection, PartiesSection, SignatureSection, TitleSection, VisitSection } from "./sections";
import { DomainChoices } from "./domain-choices";
import { LinkRows } from "./link-rows";
import { SourceRows } from "./source-rows";
import { RequiredMark } from "@/components/forms/required-mark";

interface AgreementFormProps {
  options: AgreementFormOptions;
  initialValues: SubmittedValues;
  /** Titles of the records the initial values name (the visit, linked agreements), by slug. */
  labels: Record<string, string>;
  edit?: { slug: string; version: number };
}

const read = (formData: FormData) => readAgreementFormWithErrors(formData);

export function AgreementForm({ options, initialValues, labels, edit }: AgreementFormProps) {
  const t = useTranslations("agreementForm");
  const fieldLabels = useFieldLabels(options.domains);
  const form = useFormFeedback<AgreementFormState>(edit ? updateAgreement : createAgreement, agreementInput, fieldLabels, read);
  const formRef = useRef<HTMLFormElement>(null);
  useUnsavedChanges(formRef, t("leaveUnsaved"));
  const hydrated = useHydrated();
  const refused = form.state.status === "error" ? form.state : null;
  const values = refused ? refused.values : initialValues;
  const conflict = refused?.extra?.conflict;
  const errorsOf = (name: string) => form.errorsOf(name);
  return (
    <form
      ref={formRef}
      action={form.formAction}
      onSubmit={form.onSubmit}
      noValidate
      data-hydrated={hydrated || undefined}
      className="flex flex-col gap-8"
    >
      <FormFieldsProvider key={form.answerKey} value={{ idPrefix: "agreement", values, errorsOf }}>
        <ErrorSummary items={form.summary} summaryRef={form.summaryRef} idPrefix="agreement" />
        {edit && <input type="hidden" name="slug" value={edit.slug} />}
        {edit && <input type="hidden" name="version" value={conflict?.version ?? edit.version} />}
        {refused?.extra?.duplicate && <DuplicateNotice duplicate={refused.extra.duplicate} />}
        {conflict && <ConflictNotice conflict={conflict} />}
        <TitleSection />
        <NatureSection />
        <SignatureSection countries={options.countries} />
        <PartiesSection countries={options.countries} people={options.people} signatoryCount={rowCount(values, "signatories")} />
        <section aria-labelledby="section-domains" className="flex flex-col gap-3">
          <h2 id="section-domains" className="text-lg font-semibold">
            {t("domains")}
          </h2>
          <DomainChoices domains={options.domains} idPrefix="agreement" />
        </section>
        <VisitSection labels={labels} />
        <section aria-labelledby="section-links" className="flex flex-col gap-3">
          <h2 id="section-links" className="text-lg font-semibold">
            {t("links")}
          </h2>
          <LinkRows initialCount={rowCount(values, "links")} labels={labels} />
        </section>
        <section aria-labelledby="section-sources" className="flex flex-col gap-3">
          <h2 id="section-sources" className="text-lg font-semibold">
            {t("sources")}
            {!edit && <RequiredMark />}
          </h2>
          <SourceRows initialCount={rowCount(values, "sources")} required={!edit} />
        </section>
        <DescriptionSection />
      </FormFieldsProvider>
      <div className="flex gap-3">
        <SubmitButton pendingLabel={t("saving")}>{edit ? t("saveChanges") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}

/** Labels of the fields, for the error summary ("Title: This field is required."). */
function useFieldLabels(domains: { slug: string; name: string }[]): Record<string, string> {
  const t = useTranslations("agreementForm");
  return {
    title: t("title"),
    titleLanguage: t("titleLanguage"),
    titleEn: t("titleEn"),
    titleFr: t("titleFr"),
    titleAr: t("titleAr"),
    shortName: t("shortName"),
    form: t("form"),
    legalNature: t("legalNature"),
    status: t("status"),
    disclosure: t("disclosure"),
    signedOn: t("signedOn"),
    entryIntoForceOn: t("entryIntoForceOn"),
    endedOn: t("endedOn"),
    placeCity: t("placeCity"),
    placeCountryCode: t("placeCountryCode"),
    parties: t("parties"),
    ...rowLabels("signatories", t("signatoryNumber", { number: "#" }), {
      personName: t("person"),
      countryCode: t("signedFor"),
      titleEn: t("personTitleEn"),
      titleFr: t("personTitleFr"),
    }),
    domains: t("domains"),
    ...Object.fromEntries(domains.map((domain) => [`evidence.${domain.slug}`, t("evidenceFor", { name: domain.name })])),
    signedDuringVisit: t("signedDuringVisit"),
    ...rowLabels("links", t("linkNumber", { number: "#" }), { kind: t("linkKind"), target: t("linkTarget"), note: t("linkNote") }),
    ...rowLabels("sources", t("sourceNumber", { number: "#" }), {
      sourceId: t("sources"),
      publisher: t("sourcePublisher"),
      title: t("sourceTitle"),
      language: t("sourceLanguage"),
      publishedOn: t("sourceDate"),
      url: t("sourceUrl"),
      excerpt: t("sourceExcerpt"),
    }),
    sources: t("sources"),
    summaryEn: t("summaryEn"),
    summaryFr: t("summaryFr"),
    notes: t("notes"),
    notesLanguage: t("notesLanguage"),
  };
}

/** "Signatory 2 – Signed for" for "signatories.1.countryCode", for the rows a form may have. */
function rowLabels(list: string, rowLabel: string, fields: Record<string, string>, rows = 60): Record<string, string> {
  const labels: Record<string, string> = {};
  for (let index = 0; index < rows; index++) {
    for (const [field, label] of Object.entries(fields))
      labels[`${list}.${index}.${field}`] = `${rowLabel.replace("#", String(index + 1))} – ${label}`;
  }
  return labels;
}
