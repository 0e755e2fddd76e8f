// Record fields that exist in each interface language (`nameEn`, `nameFr`): show the one in the interface
// language, fall back to the others, and say which language the text is in so screen readers pronounce it right.
// The only place that knows how a language names its fields, so a new language needs no change here.
import { keptIn } from "@/lib/utils";
import { defaultLocale, localeDirection, locales, type Locale } from "./locales";

/** The name of a record's field in a language: `nameFr` holds the French name. */
type LocalizedField<Base extends string, In extends Locale = Locale> = `${Base}${Capitalize<In>}`;
type DefaultField<Base extends string> = LocalizedField<Base, typeof defaultLocale>;

/** A record with a field per language, of which the default language's is always there; the others may be empty. */
type Localized<Base extends string, Value> = Record<DefaultField<Base>, Value> & Partial<Record<LocalizedField<Base>, Value | null>>;

// Field names and fallback orders are kept once made: lists and exports ask for them millions of times, and making
// each anew was most of what an export of 250,000 agreements allocated.
const fieldNames = new Map<string, Map<Locale, string>>();

export function localizedField<Base extends string, In extends Locale>(base: Base, locale: In): LocalizedField<Base, In> {
  const byLocale = keptIn(fieldNames, base, () => new Map<Locale, string>());
  return keptIn(byLocale, locale, () => `${base}${locale.charAt(0).toUpperCase()}${locale.slice(1)}`) as LocalizedField<Base, In>;
}

const fallbackOrders = new Map(locales.map((locale) => [locale, [...new Set<Locale>([locale, defaultLocale, ...locales])]]));

/** The languages to try for a text, in order: the reader's, then the default, then the others. */
function fallbackOrder(locale: Locale): readonly Locale[] {
  return fallbackOrders.get(locale) ?? [locale, defaultLocale];
}

/** The languages other than the reader's, in the order their names are shown beside a name. */
export function otherLocales(locale: Locale): Locale[] {
  return fallbackOrder(locale).filter((other) => other !== locale);
}

/** The language of the second name shown beside a name: the default, or for its readers the next language. */
export function otherLocale(locale: Locale): Locale {
  return otherLocales(locale)[0] ?? locale;
}

const missing = (value: unknown) => value === null || value === undefined || value === "";

/** A record's field in the reader's language, else in the first language that has it: `localized(locale, domain, "description")`. */
export function localized<Base extends string, Fields extends Localized<Base, unknown>>(
  locale: Locale,
  record: Fields,
  base: Base,
): Fields[DefaultField<Base>] | NonNullable<Fields[LocalizedField<Base> & keyof Fields]> {
  const field = (lang: Locale) => (record as Partial<Record<string, unknown>>)[localizedField(base, lang)];
  const lang = fallbackOrder(locale).find((candidate) => !missing(field(candidate))) ?? defaultLocale;
  return field(lang) as Fields[DefaultField<Base>];
}

export interface LocalizedText {
  text: string;
  lang: string;
}

export function pickLocalized(locale: Locale, values: Partial<Record<Locale, string | null>>): LocalizedText | null {
  for (const lang of fallbackOrder(locale)) {
    const text = values[lang];
    if (text) return { text, lang };
  }
  return null;
}

/** An agreement's title in the interface language, else its title in the original language. */
export function agreementTitle(
  locale: Locale,
  agreement: { title: string; titleLanguage: string } & Partial<Record<LocalizedField<"title">, string | null>>,
): LocalizedText {
  const preferred = agreement[localizedField("title", locale)];
  if (preferred) return { text: preferred, lang: locale };
  return { text: agreement.title, lang: agreement.titleLanguage };
}

/** The name of a state or a cooperation domain in the interface language. */
export function localName(locale: Locale, named: Localized<"name", string>): string {
  return localized(locale, named, "name");
}

export function languageName(locale: Locale, code: string): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
}

const separators: Partial<Record<Locale, string>> = { ar: "، " };

/** What separates the items of a list in running text: ", ", or in Arabic "، ". */
export function listSeparator(locale: Locale): string {
  return separators[locale] ?? ", ";
}

/**
 * Names joined in running text ("Rabat, Morocco"). Right to left, each is isolated (U+2068…U+2069), so a name in
 * Latin letters keeps its place in the list: "Rabat" first, on the right, then "، المغرب".
 */
export function joinNames(locale: Locale, names: readonly (string | null | undefined | false)[]): string {
  const kept = names.filter((name): name is string => !!name);
  const isolate = localeDirection(locale) === "rtl";
  return kept.map((name) => (isolate ? `\u2068${name}\u2069` : name)).join(listSeparator(locale));
}
