// What the generating thread needs to make the rows: the reference data the seed wrote, and the ids the load may
// give its rows, read from the database being filled, whichever the engine.
import worldCountries from "world-countries";
import type { SynthCountry, SynthDomain } from "./generate";
import type { SynthPlan } from "./rows";

export interface PlanInput {
  seed: number;
  count: number;
  countries: Omit<SynthCountry, "capital">[];
  domains: SynthDomain[];
  nextIds: SynthPlan["nextIds"];
}

const capitals = new Map(worldCountries.map((country) => [country.cca2, country.capital[0] ?? null]));

export function synthPlan({ seed, count, countries, domains, nextIds }: PlanInput): SynthPlan {
  return {
    seed,
    count,
    countries: countries.map((country) => ({ ...country, capital: capitals.get(country.code) ?? null })),
    domains,
    nextIds,
    now: new Date().toISOString(),
    agreementsPerBatch: 1000,
  };
}
