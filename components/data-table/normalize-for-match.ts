/** Lower case without accents, so "cote" finds "Côte d’Ivoire" in a list of options. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();
}
