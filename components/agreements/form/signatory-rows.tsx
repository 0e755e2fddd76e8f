"use client";
// Signatories: for each, the person (a known name is reused, a new one is added), their title on that date in
// both languages, and the state they signed for.
import { useTranslations } from "next-intl";
import { BoundTextField } from "@/components/forms/bound-fields";
import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { useRows } from "./use-rows";

interface SignatoryRowsProps {
  initialCount: number;
  countries: { code: string; name: string }[];
  people: string[];
}

export function SignatoryRows({ initialCount, countries, people }: SignatoryRowsProps) {
  const t = useTranslations("agreementForm");
  const rows = useRows(initialCount);
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">{t("signatories")}</legend>
      <p className="text-sm text-muted-foreground">{t("signatoriesHint")}</p>
      <datalist id="known-people">
        {people.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {rows.keys.map((key, index) => (
        <div
          key={key}
          role="group"
          aria-label={t("signatoryNumber", { number: index + 1 })}
          className="grid gap-3 rounded-md border p-3 sm:grid-cols-2"
        >
          <BoundTextField name={`signatories.${index}.personName`} label={t("person")} list="known-people" autoComplete="off" />
          <SelectField
            name={`signatories.${index}.countryCode`}
            label={t("signedFor")}
            emptyLabel={t("chooseState")}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
          />
          <BoundTextField name={`signatories.${index}.titleEn`} label={t("personTitleEn")} lang="en" />
          <BoundTextField name={`signatories.${index}.titleFr`} label={t("personTitleFr")} lang="fr" />
          <div className="sm:col-span-2">
            <Button type="button" variant="outline" size="sm" onClick={() => rows.remove(key)}>
              {t("removeSignatory", { number: index + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <Button type="button" variant="outline" size="sm" onClick={rows.add}>
        {t("addSignatory")}
      </Button>
    </fieldset>
  );
}
