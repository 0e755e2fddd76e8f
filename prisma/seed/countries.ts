// The states of the world as the UN counts them: its 193 members and its two non-member observer states.
// Codes and names come from the maintained `world-countries` dataset, not from a hand-typed list; the Arabic names
// from CLDR, the Unicode Consortium's public locale data, as the ICU inside Node gives them (Intl.DisplayNames).
import worldCountries from "world-countries";

// The UN's non-member observer states (un.org, "Non-member States"). `world-countries` marks the Holy See
// as a member, so membership is corrected here.
const observerStates = new Set(["VA", "PS"]);

// CLDR's short names: the same as its full ones but for Palestine, فلسطين (the UN's observer state) where the full
// name says الأراضي الفلسطينية, "the Palestinian territories".
const arabicNames = new Intl.DisplayNames(["ar"], { type: "region", style: "short", fallback: "none" });

/** A state's name in Arabic, by its ISO code, or null when CLDR has none. */
export function arabicCountryName(code: string): string | null {
  return arabicNames.of(code) ?? null;
}

export interface CountrySeed {
  code: string;
  nameEn: string;
  nameFr: string;
  nameAr: string | null;
  unStatus: "MEMBER" | "OBSERVER";
}

export function unCountries(): CountrySeed[] {
  return worldCountries
    .filter((country) => country.unMember || observerStates.has(country.cca2))
    .map((country) => ({
      code: country.cca2,
      nameEn: country.name.common,
      nameFr: country.translations.fra?.common ?? country.name.common,
      nameAr: arabicCountryName(country.cca2),
      unStatus: observerStates.has(country.cca2) ? ("OBSERVER" as const) : ("MEMBER" as const),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
