import { foldArabic } from "@/lib/search/fold-arabic";

/**
 * Lower case without accents or marks, so "cote" finds "Côte d’Ivoire" in a list of options and "الامارات" finds
 * "الإمارات", as the server's search text does (lib/search/normalize.ts).
 */
export function normalizeForMatch(text: string): string {
  return foldArabic(text.normalize("NFKD").replace(/\p{M}+/gu, ""))
    .toLowerCase()
    .trim();
}
