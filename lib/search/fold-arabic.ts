// Arabic as search compares it: letters that readers write one way or another count as one. Run on text whose marks
// are already gone (NFKD or NFD, then marks removed), which takes away the harakat and turns أ إ آ into ا, ؤ into و
// and ئ into ي. This then removes the tatweel that stretches a word (كـتـاب), reads alef wasla ٱ as ا, alef maqsura ى
// as ي and ta marbuta ة as ه (مصر or مصرى, الدفاعية or الدفاعيه: each is written both ways), and Arabic-Indic
// digits (٢٠٢١, and the Persian and Urdu ۲۰۲۱) as 0–9. Shared by the server's search text and the browser's option
// filters, so it has no dependency.

const variants = /[\u0640\u0671\u0649\u0629\u0660-\u0669\u06F0-\u06F9]/g;

function folded(character: string): string {
  const code = character.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0) return String(code - 0x06f0);
  if (code === 0x0671) return "\u0627";
  if (code === 0x0649) return "\u064A";
  if (code === 0x0629) return "\u0647";
  return "";
}

/** The text with Arabic letter variants and digits folded, as described above; other text is returned as it is. */
export function foldArabic(text: string): string {
  return text.replace(variants, folded);
}
