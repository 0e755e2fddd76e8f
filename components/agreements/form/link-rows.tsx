"use client";
// Typed links to other agreements: this agreement amends, supersedes, implements or supplements another, with
// an optional note on why.
import { useTranslations } from "next-intl";
import { BoundTextField } from "@/components/forms/bound-fields";
import { useField } from "@/components/forms/form-fields-context";
import { LookupField } from "@/components/forms/lookup-field";
import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { AgreementLinkKind } from "@/lib/generated/prisma/enums";
import { useRows } from "./use-rows";

function LinkTarget({ index, labels }: { index: number; labels: Record<string, string> }) {
  const t = useTranslations("agreementForm");
  const field = useField(`links.${index}.target`);
  return (
    <LookupField
      id={field.id}
      name={field.name}
      label={t("linkTarget")}
      hint={t("linkTargetHint")}
      errors={field.errors}
      endpoint="/api/lookup/agreements"
      defaultValue={field.defaultValue}
      defaultLabel={labels[field.defaultValue]}
    />
  );
}

export function LinkRows({ initialCount, labels }: { initialCount: number; labels: Record<string, string> }) {
  const t = useTranslations("agreementForm");
  const kinds = useTranslations("linkKind");
  const rows = useRows(initialCount);
  return (
    <fieldset className="space-y-3">
      {/* The section's heading says it on screen; the legend names the group for screen readers. */}
      <legend className="sr-only">{t("links")}</legend>
      {rows.keys.map((key, index) => (
        <div
          key={key}
          role="group"
          aria-label={t("linkNumber", { number: index + 1 })}
          className="grid gap-3 rounded-md border p-3 sm:grid-cols-[16rem_1fr]"
        >
          <SelectField
            name={`links.${index}.kind`}
            label={t("linkKind")}
            emptyLabel={t("chooseLinkKind")}
            options={Object.values(AgreementLinkKind).map((kind) => ({ value: kind, label: kinds(`${kind}.out`) }))}
          />
          <LinkTarget index={index} labels={labels} />
          <div className="sm:col-span-2">
            <BoundTextField name={`links.${index}.note`} label={t("linkNote")} hint={t("linkNoteHint")} maxLength={1000} />
          </div>
          <div className="sm:col-span-2">
            <Button type="button" variant="outline" size="sm" onClick={() => rows.remove(key)}>
              {t("removeLink", { number: index + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <Button type="button" variant="outline" size="sm" onClick={rows.add}>
        {t("addLink")}
      </Button>
    </fieldset>
  );
}
