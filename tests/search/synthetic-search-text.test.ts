// The bulk loader builds search text and sort keys from the pieces of its titles, for speed. They must be
// what the app itself would store for the same agreement.
import worldCountries from "world-countries";
import { describe, expect, it } from "vitest";
import { arabicCountryName } from "@/prisma/seed/countries";
import { buildSearchText, buildSortTitles } from "@/lib/agreements/search-text";
import { agreementSynth, personNames, random } from "@/scripts/synth/generate";

const countries = worldCountries
  .filter((c) => c.unMember)
  .map((c) => ({
    code: c.cca2,
    nameEn: c.name.common,
    nameFr: c.translations.fra?.common ?? c.name.common,
    nameAr: arabicCountryName(c.cca2),
    capital: c.capital[0] ?? null,
  }));
const domains = [
  { id: 1, nameEn: "Training", nameFr: "Formation" },
  { id: 2, nameEn: "Cybersecurity", nameFr: "Cybersécurité" },
  { id: 3, nameEn: "Defence industry", nameFr: "Industrie de défense" },
];

describe("synthetic agreements", () => {
  it("carry the search text and sort keys the app would compute", () => {
    const rng = random(7);
    const people = personNames(rng, 50).map((name, index) => ({ id: index + 1, name }));
    const synthAgreement = agreementSynth(countries, domains, people);
    for (let index = 0; index < 500; index++) {
      const { agreement, parties, domains: domainRows, signatories } = synthAgreement(rng, index);
      const byCode = new Map(countries.map((country) => [country.code, country]));
      const expected = buildSearchText({
        ...agreement,
        titleAr: null,
        placeCountry: agreement.placeCountryCode ? byCode.get(agreement.placeCountryCode)! : null,
        parties: parties.map((code) => ({ country: byCode.get(code)! })),
        signatories: signatories.map(({ person }) => ({ person: { name: person.name, nameOriginal: null } })),
        domains: domainRows,
      });
      expect(new Set(agreement.searchText.split(" "))).toEqual(new Set(expected.split(" ")));
      expect({ sortTitleEn: agreement.sortTitleEn, sortTitleFr: agreement.sortTitleFr, sortTitleAr: agreement.sortTitleAr }).toEqual(
        buildSortTitles({ ...agreement, titleAr: null }),
      );
    }
  });
});
