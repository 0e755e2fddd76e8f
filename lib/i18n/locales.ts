// The interface languages. Record fields exist in the same two languages (`…En`, `…Fr`).
export const locales = ["en", "fr"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const localeCookie = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The first interface language the browser accepts, if any. */
export function localeFromAcceptLanguage(header: string | null): Locale | undefined {
  for (const part of (header ?? "").split(",")) {
    const language = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(language)) return language;
  }
  return undefined;
}
