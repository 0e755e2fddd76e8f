// The interface languages. Record fields exist in the same languages, named by suffix (`nameEn`, `nameFr`):
// lib/i18n/localize.ts picks among them, so a new language is added here, to the messages and to the records.
export const locales = ["en", "fr", "ar"] as const;
export type Locale = (typeof locales)[number];
/** The language of the interface when the browser asks for none of ours; every record is named in it. */
export const defaultLocale = "en" as const satisfies Locale;
/**
 * How each language writes dates: British English says "24 November 2021", not "November 24, 2021". Plain "ar"
 * writes "24 نوفمبر 2021": the month names most Arab states use, and the digits 0–9, as next-intl's numbers do
 * (ar-EG or ar-SA would write ٢٤ and ٢٠٢١; ar-MA, نونبر; ar-LB, تشرين الثاني).
 */
const dateFormatLocales: Record<Locale, string> = { en: "en-GB", fr: "fr-FR", ar: "ar" };
/** Languages written right to left: the page's `dir`, which Tailwind's logical classes (`ms-`, `start-`) follow. */
const rightToLeft: ReadonlySet<Locale> = new Set(["ar"]);
export const localeCookie = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The interface language a value names, else the default. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** The tag dates are formatted with in a language; a language we do not know formats as the default. */
export function dateFormatLocale(locale: string): string {
  return dateFormatLocales[toLocale(locale)];
}

/** The direction a language is written in, for `<html dir>`. */
export function localeDirection(locale: Locale): "ltr" | "rtl" {
  return rightToLeft.has(locale) ? "rtl" : "ltr";
}

/** The first interface language the browser accepts, if any. */
export function localeFromAcceptLanguage(header: string | null): Locale | undefined {
  for (const part of (header ?? "").split(",")) {
    const language = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(language)) return language;
  }
  return undefined;
}
