"use client";
// The parties: one checkbox per state, with a box that narrows the list as one types (accents ignored).
// Without JavaScript the whole list shows, and the checkboxes work the same.
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useField, useFieldValues } from "@/components/forms/form-fields-context";
import { normalizeForMatch } from "@/components/data-table/normalize-for-match";
import { Input } from "@/components/ui/input";
import { listSeparator } from "@/lib/i18n/localize";
import { toLocale } from "@/lib/i18n/locales";
import { RequiredMark } from "@/components/forms/required-mark";
import { FieldError } from "@/components/forms/field-error";

export function PartyPicker({ countries }: { countries: { code: string; name: string; alias?: string }[] }) {
  const t = useTranslations("agreementForm");
  const locale = useLocale();
  const field = useField("parties");
  const initial = useFieldValues("parties");
  const [chosen, setChosen] = useState(() => new Set(initial));
  const [filter, setFilter] = useState("");
  const wanted = normalizeForMatch(filter);
  const names = new Map(countries.map((country) => [country.code, country.name]));
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={[`${field.id}-hint`, field.errors?.length && `${field.id}-error`].filter(Boolean).join(" ")}
    >
      <legend className="text-sm font-medium">
        {t("parties")}
        <RequiredMark />
      </legend>
      <p id={`${field.id}-hint`} className="text-sm text-muted-foreground">
        {t("partiesHint")}
      </p>
      <FieldError id={`${field.id}-error`} errors={field.errors} />
      <p aria-live="polite" className="text-sm">
        {chosen.size === 0
          ? t("noPartyChosen")
          : t("partiesChosen", { names: [...chosen].map((code) => names.get(code) ?? code).join(listSeparator(toLocale(locale))) })}
      </p>
      <label htmlFor={`${field.id}-filter`} className="sr-only">
        {t("findState")}
      </label>
      <Input
        id={`${field.id}-filter`}
        type="search"
        placeholder={t("findState")}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        className="max-w-xs"
      />
      <div id={field.id} tabIndex={-1} className="grid max-h-64 gap-1 overflow-y-auto rounded-md border p-2 sm:grid-cols-2 lg:grid-cols-3">
        {countries.map((country) => (
          <label
            key={country.code}
            className="flex items-center gap-2 text-sm"
            hidden={
              !!wanted &&
              !chosen.has(country.code) &&
              !normalizeForMatch(`${country.name} ${country.alias ?? ""} ${country.code}`).includes(wanted)
            }
          >
            <input
              type="checkbox"
              name="parties"
              value={country.code}
              defaultChecked={initial.includes(country.code)}
              onChange={(event) =>
                setChosen((current) => {
                  const next = new Set(current);
                  if (event.target.checked) next.add(country.code);
                  else next.delete(country.code);
                  return next;
                })
              }
            />
            {country.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
