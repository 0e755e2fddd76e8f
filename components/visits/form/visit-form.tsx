"use client";
// The visit form, for a new visit or an edit: the official and their title on the date, the countries, dates,
// meetings, the agreements signed during it and the sources; with the same error summary, conflict notice and
// unsaved-changes prompt as the agreement form.
import { useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { LanguageSelectField } from "@/components/forms/language-select-field";
import { BoundTextAreaField, BoundTextField } from "@/components/forms/bound-fields";
import { FormFieldsProvider } from "@/components/forms/form-fields-context";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ConflictNotice } from "@/components/agreements/form/save-notices";
import { SourceRows } from "@/components/agreements/form/source-rows";
import { rowCount } from "@/lib/agreements/form-values";
import type { SubmittedValues } from "@/lib/forms/form-state";
import { VisitKind } from "@/lib/generated/prisma/enums";
import { createVisit, updateVisit, type VisitFormState } from "@/lib/visits/actions";
import { readVisitFormWithErrors, visitInput } from "@/lib/visits/schemas";
import { MeetingRows } from "./meeting-rows";
import { SignedAgreementRows } from "./signed-agreement-rows";
import { RequiredMark } from "@/components/forms/required-mark";

interface VisitFormProps {
  options: { countries: { code: string; name: string }[]; people: string[] };
  initialValues: SubmittedValues;
  labels: Record<string, string>;
  edit?: { slug: string; version: number };
}

const read = (formData: FormData) => readVisitFormWithErrors(formData);

function Section({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`visit-section-${id}`} className="flex flex-col gap-4">
      <h2 id={`visit-section-${id}`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function VisitForm({ options, initialValues, labels, edit }: VisitFormProps) {
  const t = useTranslations("visitForm");
  const kinds = useTranslations("visitKind");
  const form = useFormFeedback<VisitFormState>(edit ? updateVisit : createVisit, visitInput, useFieldLabels(), read);
  const formRef = useRef<HTMLFormElement>(null);
  useUnsavedChanges(formRef, t("leaveUnsaved"));
  const hydrated = useHydrated();
  const refused = form.state.status === "error" ? form.state : null;
  const values = refused ? refused.values : initialValues;
  const conflict = refused?.extra?.conflict;
  const countries = options.countries.map((country) => ({ value: country.code, label: country.name }));
  return (
    <form
      ref={formRef}
      action={form.formAction}
      onSubmit={form.onSubmit}
      noValidate
      data-hydrated={hydrated || undefined}
      className="flex flex-col gap-8"
    >
      <FormFieldsProvider key={form.answerKey} value={{ idPrefix: "visit", values, errorsOf: form.errorsOf }}>
        <ErrorSummary items={form.summary} summaryRef={form.summaryRef} idPrefix="visit" />
        {edit && <input type="hidden" name="slug" value={edit.slug} />}
        {edit && <input type="hidden" name="version" value={conflict?.version ?? edit.version} />}
        {conflict && <ConflictNotice conflict={conflict} kind="visit" />}
        <Section id="official" title={t("official")}>
          <datalist id="known-officials">
            {options.people.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <div className="grid gap-4 sm:grid-cols-2">
            <BoundTextField name="visitorName" label={t("visitorName")} list="known-officials" autoComplete="off" required />
            <SelectField name="visitorCountryCode" label={t("visitorCountryCode")} emptyLabel={t("choose")} options={countries} required />
            <BoundTextField name="visitorTitleEn" label={t("visitorTitleEn")} hint={t("titleOnTheDate")} lang="en" />
            <BoundTextField name="visitorTitleFr" label={t("visitorTitleFr")} lang="fr" />
          </div>
        </Section>
        <Section id="where" title={t("whereAndWhen")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="hostCountryCode" label={t("hostCountryCode")} emptyLabel={t("choose")} options={countries} required />
            <BoundTextField name="city" label={t("city")} />
            <BoundTextField name="startOn" label={t("startOn")} hint={t("dateHint")} inputMode="numeric" />
            <BoundTextField name="endOn" label={t("endOn")} hint={t("dateHint")} inputMode="numeric" />
            <SelectField
              name="kind"
              label={t("kind")}
              emptyLabel={t("choose")}
              options={Object.values(VisitKind).map((kind) => ({ value: kind, label: kinds(kind) }))}
              required
            />
          </div>
        </Section>
        <Section id="meetings" title={t("meetings")}>
          <MeetingRows initialCount={rowCount(values, "meetings")} countries={options.countries} people={options.people} />
        </Section>
        <Section id="agreements" title={t("agreements")}>
          <SignedAgreementRows initialCount={rowCount(values, "agreements")} labels={labels} />
        </Section>
        <Section
          id="sources"
          title={
            <>
              {t("sources")}
              {!edit && <RequiredMark />}
            </>
          }
        >
          <SourceRows initialCount={rowCount(values, "sources")} required={!edit} />
        </Section>
        <Section id="description" title={t("description")}>
          <BoundTextAreaField name="summaryEn" label={t("summaryEn")} lang="en" rows={4} />
          <BoundTextAreaField name="summaryFr" label={t("summaryFr")} lang="fr" rows={4} />
          <BoundTextAreaField name="notes" label={t("notes")} rows={3} />
          <div className="sm:max-w-xs">
            <LanguageSelectField name="notesLanguage" label={t("notesLanguage")} hint={t("notesLanguageHint")} emptyLabel={t("notSaid")} />
          </div>
        </Section>
      </FormFieldsProvider>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{edit ? t("saveChanges") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}

function useFieldLabels(): Record<string, string> {
  const t = useTranslations("visitForm");
  const source = useTranslations("agreementForm");
  const labels: Record<string, string> = {};
  for (const field of [
    "visitorName",
    "visitorTitleEn",
    "visitorTitleFr",
    "visitorCountryCode",
    "hostCountryCode",
    "city",
    "startOn",
    "endOn",
    "kind",
  ]) {
    labels[field] = t(field as never);
  }
  for (let index = 0; index < 60; index++) {
    const meeting = t("meetingNumber", { number: index + 1 });
    for (const field of [
      "counterpartName",
      "counterpartCountryCode",
      "counterpartTitleEn",
      "counterpartTitleFr",
      "summaryEn",
      "summaryFr",
    ]) {
      const key =
        field === "counterpartCountryCode" ? "counterpartCountry" : field.startsWith("summary") ? `meetingS${field.slice(1)}` : field;
      labels[`meetings.${index}.${field}`] = `${meeting} – ${t(key as never)}`;
    }
    labels[`agreements.${index}.slug`] = t("agreementNumber", { number: index + 1 });
    const sourceLabel = source("sourceNumber", { number: index + 1 });
    for (const [field, key] of Object.entries({
      publisher: "sourcePublisher",
      title: "sourceTitle",
      language: "sourceLanguage",
      publishedOn: "sourceDate",
      url: "sourceUrl",
      excerpt: "sourceExcerpt",
      sourceId: "sources",
    })) {
      labels[`sources.${index}.${field}`] = `${sourceLabel} – ${source(key as never)}`;
    }
  }
  return {
    ...labels,
    sources: t("sources"),
    summaryEn: t("summaryEn"),
    summaryFr: t("summaryFr"),
    notes: t("notes"),
    notesLanguage: t("notesLanguage"),
  };
}
