// Text as search sees it: lower case, without accents, punctuation turned into spaces. The same function
// fills the stored search text and reads what people type, so `securite` finds "Sécurité" on any engine.

export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a query, normalised, without duplicates, at most `limit` of them. */
export function searchTerms(query: string, limit = 8): string[] {
  const words = normalizeSearchText(query).split(" ").filter(Boolean);
  return [...new Set(words)].slice(0, limit);
}
