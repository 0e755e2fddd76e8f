// The language of API answers and exports: `lang=fr|en`, else the reader's interface language (its cookie),
// else English.
import { defaultLocale, isLocale, localeCookie, type Locale } from "@/lib/i18n/locales";

export function apiLocale(request: Request, params: URLSearchParams): Locale {
  const lang = params.get("lang");
  if (isLocale(lang)) return lang;
  const cookie = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === localeCookie)?.[1];
  return isLocale(cookie) ? cookie : defaultLocale;
}
