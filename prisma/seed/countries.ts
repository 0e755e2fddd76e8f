// The states of the world as the UN counts them: its 193 members and its two non-member observer states.
// Codes and names come from the maintained `world-countries` dataset, not from a hand-typed list.
import worldCountries from "world-countries";

// The UN's non-member observer states (un.org, "Non-member States"). `world-countries` marks the Holy See
// as a member, so membership is corrected here.
const observerStates = new Set(["VA", "PS"]);

export interface CountrySeed {
  code: string;
  nameEn: string;
  nameFr: string;
  unStatus: "MEMBER" | "OBSERVER";
}

export function unCountries(): CountrySeed[] {
  return worldCountries
    .filter((country) => country.unMember || observerStates.has(country.cca2))
    .map((country) => ({
      code: country.cca2,
      nameEn: country.name.common,
      nameFr: country.translations.fra?.common ?? country.name.common,
      unStatus: observerStates.has(country.cca2) ? ("OBSERVER" as const) : ("MEMBER" as const),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
