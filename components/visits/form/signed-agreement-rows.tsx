"use client";
// The agreements signed during the visit, each picked from suggestions as one types its title.
import { useTranslations } from "next-intl";
import { useField } from "@/components/forms/form-fields-context";
import { LookupField } from "@/components/forms/lookup-field";
import { Button } from "@/components/ui/button";
import { useRows } from "@/components/agreements/form/use-rows";

function AgreementPicker({ index, labels }: { index: number; labels: Record<string, string> }) {
  const t = useTranslations("visitForm");
  const field = useField(`agreements.${index}.slug`);
  return (
    <LookupField
      id={field.id}
      name={field.name}
      label={t("agreementNumber", { number: index + 1 })}
      hint={index === 0 ? t("agreementHint") : undefined}
      errors={field.errors}
      endpoint="/api/lookup/agreements"
      defaultValue={field.defaultValue}
      defaultLabel={labels[field.defaultValue]}
    />
  );
}

export function SignedAgreementRows({ initialCount, labels }: { initialCount: number; labels: Record<string, string> }) {
  const t = useTranslations("visitForm");
  const rows = useRows(initialCount);
  return (
    <fieldset className="space-y-3">
      {/* The section's heading says it on screen; the legend names the group for screen readers. */}
      <legend className="sr-only">{t("agreements")}</legend>
      {rows.keys.map((key, index) => (
        <div key={key} className="flex flex-wrap items-end gap-2">
          <div className="min-w-72 flex-1">
            <AgreementPicker index={index} labels={labels} />
          </div>
          <Button type="button" variant="outline" size="sm" onClick={() => rows.remove(key)}>
            {t("removeAgreement", { number: index + 1 })}
          </Button>
        </div>
      ))}
      <Button type="button" variant="outline" size="sm" onClick={rows.add}>
        {t("addAgreement")}
      </Button>
    </fieldset>
  );
}
