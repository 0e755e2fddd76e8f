"use client";
// Adds a cooperation domain, or changes one (when `domain` is given): its names (English and French, Arabic if
// known) and descriptions.
import { useTranslations } from "next-intl";
import { createDomain, updateDomain } from "@/lib/domains/actions";
import { domainInput } from "@/lib/domains/schemas";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField, TextField } from "@/components/forms/text-field";
import { useFormFeedback } from "@/components/forms/use-form-feedback";

type Field = "nameEn" | "nameFr" | "nameAr" | "descriptionEn" | "descriptionFr";

interface DomainFormProps {
  domain?: { slug: string } & Record<Field, string | null>;
}

export function DomainForm({ domain }: DomainFormProps) {
  const t = useTranslations("domains");
  const form = useFormFeedback(domain ? updateDomain : createDomain, domainInput, {
    nameEn: t("nameEn"),
    nameFr: t("nameFr"),
    nameAr: t("nameAr"),
    descriptionEn: t("descriptionEn"),
    descriptionFr: t("descriptionFr"),
  });
  const prefix = domain ? "edit-domain" : "new-domain";
  const value = (field: Field) => form.submittedValue(field) ?? domain?.[field] ?? "";
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <ErrorSummary items={form.summary} summaryRef={form.summaryRef} idPrefix={prefix} />
      </div>
      {domain && <input type="hidden" name="slug" value={domain.slug} />}
      <TextField
        idPrefix={prefix}
        name="nameEn"
        label={t("nameEn")}
        lang="en"
        required
        maxLength={80}
        defaultValue={value("nameEn")}
        errors={form.errorsOf("nameEn")}
      />
      <TextField
        idPrefix={prefix}
        name="nameFr"
        label={t("nameFr")}
        lang="fr"
        required
        maxLength={80}
        defaultValue={value("nameFr")}
        errors={form.errorsOf("nameFr")}
      />
      <TextField
        idPrefix={prefix}
        name="nameAr"
        label={t("nameAr")}
        hint={t("nameArHint")}
        lang="ar"
        dir="rtl"
        maxLength={80}
        defaultValue={value("nameAr")}
        errors={form.errorsOf("nameAr")}
      />
      <div className="hidden sm:block" aria-hidden="true" />
      <TextAreaField
        idPrefix={prefix}
        name="descriptionEn"
        label={t("descriptionEn")}
        lang="en"
        maxLength={500}
        defaultValue={value("descriptionEn")}
        errors={form.errorsOf("descriptionEn")}
      />
      <TextAreaField
        idPrefix={prefix}
        name="descriptionFr"
        label={t("descriptionFr")}
        lang="fr"
        maxLength={500}
        defaultValue={value("descriptionFr")}
        errors={form.errorsOf("descriptionFr")}
      />
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={t("saving")}>{domain ? t("save") : t("add")}</SubmitButton>
      </div>
    </form>
  );
}
