"use client";
// A choice of the language a text is written in, each named in the reader's language ("anglais", "الإنجليزية").
import { useLocale } from "next-intl";
import { textLanguages } from "@/lib/i18n/text-languages";
import { SelectField } from "./select-field";

interface LanguageSelectFieldProps {
  name: string;
  label: string;
  hint?: string;
  /** A first, empty choice, for a language that may be left unsaid. */
  emptyLabel?: string;
}

export function LanguageSelectField({ name, label, hint, emptyLabel }: LanguageSelectFieldProps) {
  const names = new Intl.DisplayNames([useLocale()], { type: "language" });
  return (
    <SelectField
      name={name}
      label={label}
      hint={hint}
      emptyLabel={emptyLabel}
      options={textLanguages.map((code) => ({ value: code, label: names.of(code) ?? code }))}
    />
  );
}
