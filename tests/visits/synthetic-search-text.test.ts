// The bulk loader builds each visit's search text from the pieces it already has, for speed. It must be what
// the app itself would store for the same visit.
import worldCountries from "world-countries";
import { describe, expect, it } from "vitest";
import { arabicCountryName } from "@/prisma/seed/countries";
import { buildVisitSearchText } from "@/lib/visits/search-text";
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
const domains = [{ id: 1, nameEn: "Training", nameFr: "Formation" }];

describe("synthetic visits", () => {
  it("carry the search text the app would compute", () => {
    const rng = random(11);
    const people = personNames(rng, 50).map((name, index) => ({ id: index + 1, name }));
    const synthAgreement = agreementSynth(countries, domains, people);
    const byCode = new Map(countries.map((country) => [country.code, country]));
    let visits = 0;
    for (let index = 0; index < 3000; index++) {
      const { agreement, visit } = synthAgreement(rng, index);
      if (!visit) continue;
      visits++;
      const expected = buildVisitSearchText({
        visitor: { name: visit.visitor.name, nameOriginal: null },
        visitorTitleEn: null,
        visitorTitleFr: null,
        city: agreement.placeCity,
        summaryEn: null,
        summaryFr: null,
        visitorCountry: byCode.get(visit.visitorCountryCode)!,
        hostCountry: byCode.get(visit.hostCountryCode)!,
      });
      expect(new Set(visit.searchText.split(" "))).toEqual(new Set(expected.split(" ")));
    }
    expect(visits).toBeGreaterThan(20);
  });
});
