// Record fields that exist in English and French: show the one in the interface language, fall back to the
// other, and say which language the text is in so screen readers pronounce it right.
import type { Locale } from "./locales";

export interface LocalizedText {
  text: string;
  lang: string;
}

export function pickLocalized(
  locale: Locale,
  values: { en?: string | null; fr?: string | null },
): LocalizedText | null {
  const order: Locale[] = locale === "fr" ? ["fr", "en"] : ["en", "fr"];
  for (const lang of order) {
    const text = values[lang];
    if (text) return { text, lang };
  }
  return null;
}

/** An agreement's title in the interface language, else its title in the original language. */
export function agreementTitle(
  locale: Locale,
  agreement: { title: string; titleLanguage: string; titleEn: string | null; titleFr: string | null },
): LocalizedText {
  const preferred = locale === "fr" ? agreement.titleFr : agreement.titleEn;
  if (preferred) return { text: preferred, lang: locale };
  return { text: agreement.title, lang: agreement.titleLanguage };
}

/** The name of a state or a cooperation domain in the interface language. */
export function localName(locale: Locale, named: { nameEn: string; nameFr: string }): string {
  return locale === "fr" ? named.nameFr : named.nameEn;
}

export const countryName = localName;
export const domainName = localName;

export function languageName(locale: Locale, code: string): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
}
