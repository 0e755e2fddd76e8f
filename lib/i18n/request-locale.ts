// The language of API answers and exports: `lang=en|fr|ar`, else the reader's interface language (the cookie the
// language switch sets), else English. Not Accept-Language, unlike the pages: an export or a script's call gives
// the same answer wherever it runs unless it asks otherwise.
import type { NextRequest } from "next/server";
import { defaultLocale, isLocale, localeCookie, type Locale } from "./locales";

export function requestLocale(request: NextRequest): Locale {
  const lang = request.nextUrl.searchParams.get("lang");
  if (isLocale(lang)) return lang;
  const cookie = request.cookies.get(localeCookie)?.value;
  return isLocale(cookie) ? cookie : defaultLocale;
}
