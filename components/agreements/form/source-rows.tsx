"use client";
// Sources: who published what, in which language, when, where to read it, and the passage that matters.
import { useTranslations } from "next-intl";
import { BoundTextAreaField, BoundTextField } from "@/components/forms/bound-fields";
import { useField } from "@/components/forms/form-fields-context";
import { Button } from "@/components/ui/button";
import { useRows } from "./use-rows";
import { FieldError } from "@/components/forms/field-error";

function SourceId({ index }: { index: number }) {
  const field = useField(`sources.${index}.sourceId`);
  return <input type="hidden" name={field.name} defaultValue={field.defaultValue} />;
}

/** `required`: a new record must cite at least one source (the writer refuses it otherwise). */
export function SourceRows({ initialCount, required = false }: { initialCount: number; required?: boolean }) {
  const t = useTranslations("agreementForm");
  const rows = useRows(initialCount);
  const field = useField("sources");
  const describedBy = [`${field.id}-hint`, field.errors?.length && `${field.id}-error`].filter(Boolean).join(" ");
  return (
    <fieldset id={field.id} tabIndex={-1} aria-describedby={describedBy} className="space-y-3">
      {/* The section's heading says it on screen; the legend names the group for screen readers. */}
      <legend className="sr-only">{t("sources")}</legend>
      <p id={`${field.id}-hint`} className="text-sm text-muted-foreground">
        {required ? t("sourcesRequiredHint") : t("sourcesHint")}
      </p>
      <FieldError id={`${field.id}-error`} errors={field.errors} />
      {rows.keys.map((key, index) => (
        <div
          key={key}
          role="group"
          aria-label={t("sourceNumber", { number: index + 1 })}
          className="grid gap-3 rounded-md border p-3 sm:grid-cols-2"
        >
          <SourceId index={index} />
          <BoundTextField name={`sources.${index}.publisher`} label={t("sourcePublisher")} />
          <BoundTextField name={`sources.${index}.title`} label={t("sourceTitle")} />
          <BoundTextField
            name={`sources.${index}.language`}
            label={t("sourceLanguage")}
            hint={t("languageHint")}
            maxLength={2}
            className="w-24"
          />
          <BoundTextField name={`sources.${index}.publishedOn`} label={t("sourceDate")} hint={t("dateHint")} inputMode="numeric" />
          <div className="sm:col-span-2">
            <BoundTextField name={`sources.${index}.url`} label={t("sourceUrl")} type="url" inputMode="url" />
          </div>
          <div className="sm:col-span-2">
            <BoundTextAreaField name={`sources.${index}.excerpt`} label={t("sourceExcerpt")} rows={3} />
          </div>
          <div className="sm:col-span-2">
            <Button type="button" variant="outline" size="sm" onClick={() => rows.remove(key)}>
              {t("removeSource", { number: index + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <Button type="button" variant="outline" size="sm" onClick={rows.add}>
        {t("addSource")}
      </Button>
    </fieldset>
  );
}
