// Text as search sees it: lower case, without accents, punctuation turned into spaces. The same function
// fills the stored search text and reads what people type, so `securite` finds "Sécurité" on any engine, and
// "المغربيه" finds "المغربية" (fold-arabic.ts). A change to what it gives changes stored text: raise
// searchTextRecipe (lib/agreements/search-text.ts), and the seed rewrites it.
import { foldArabic } from "./fold-arabic";

const cache = new Map<string, string>();
const cacheLimit = 20_000;

function normalizeUncached(text: string): string {
  // Plain ASCII (most names and English text) needs no Unicode decomposition.
  if (/^\p{ASCII}*$/u.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return foldArabic(text.normalize("NFKD").replace(/\p{M}+/gu, ""))
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Normalised text. Names and titles repeat a great deal in bulk loads, so recent results are kept. */
export function normalizeSearchText(text: string): string {
  let normalized = cache.get(text);
  if (normalized === undefined) {
    normalized = normalizeUncached(text);
    if (cache.size >= cacheLimit) cache.clear();
    if (text.length <= 200) cache.set(text, normalized);
  }
  return normalized;
}

const wordCache = new Map<string, readonly string[]>();

/** The normalised words of a text. Cached, since names and phrases recur across many agreements. */
export function normalizedWords(text: string): readonly string[] {
  let words = wordCache.get(text);
  if (words === undefined) {
    words = normalizeSearchText(text).split(" ").filter(Boolean);
    if (wordCache.size >= cacheLimit) wordCache.clear();
    if (text.length <= 200) wordCache.set(text, words);
  }
  return words;
}

/** The words of a query, normalised, without duplicates, at most `limit` of them. */
export function searchTerms(query: string, limit = 8): string[] {
  const words = normalizeSearchText(query).split(" ").filter(Boolean);
  return [...new Set(words)].slice(0, limit);
}
