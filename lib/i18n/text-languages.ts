// The languages a record's texts are offered in (title, notes): the interface's three first, then the languages
// agreements between states are most often written in. Codes are ISO 639-1; the schemas accept any such code.
export const textLanguages = [
  "en",
  "fr",
  "ar",
  "he",
  "es",
  "de",
  "ru",
  "zh",
  "pt",
  "it",
  "tr",
  "fa",
  "ja",
  "ko",
  "uk",
  "pl",
  "nl",
] as const;
