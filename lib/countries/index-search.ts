// The countries index's address: `q` (a name in any interface language, or a code), `all=1` (states without any
// agreement or visit too; hidden by default) and `sort` (name, or -agreements / -visits for the most first).
import { normalizeSearchText } from "@/lib/search/normalize";
import { parseSort } from "@/lib/search/url-parsers";
import type { TableSort } from "@/lib/search/url-params";

export const countryIndexSorts = ["name", "agreements", "visits"] as const;
type CountryIndexSort = (typeof countryIndexSorts)[number];

export interface CountryIndexSearch {
  q: string;
  all: boolean;
  sort: TableSort<CountryIndexSort>;
}

export function parseCountryIndexSearch(params: URLSearchParams): CountryIndexSearch {
  return {
    q: (params.get("q") ?? "").trim().slice(0, 100),
    all: params.get("all") === "1",
    sort: parseSort(params.get("sort") ?? undefined, countryIndexSorts, { field: "name", desc: false }),
  };
}

export function countryIndexHref(search: CountryIndexSearch): string {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.all) params.set("all", "1");
  if (search.sort.field !== "name" || search.sort.desc) params.set("sort", `${search.sort.desc ? "-" : ""}${search.sort.field}`);
  const query = params.toString();
  return query ? `/countries?${query}` : "/countries";
}

interface Entry {
  name: string;
  keywords: string;
  agreementCount: number;
  visitCount: number;
}

/** The states the search shows, in its order, and how many states with no record it leaves out. */
export function searchCountryIndex<E extends Entry>(entries: E[], search: CountryIndexSearch, locale: string) {
  const needle = normalizeSearchText(search.q);
  const matching = needle ? entries.filter((entry) => normalizeSearchText(`${entry.name} ${entry.keywords}`).includes(needle)) : entries;
  const recorded = (entry: E) => entry.agreementCount + entry.visitCount > 0;
  const shown = search.all ? matching : matching.filter(recorded);
  const byName = (a: E, b: E) => a.name.localeCompare(b.name, locale);
  const count = { name: () => 0, agreements: (e: E) => e.agreementCount, visits: (e: E) => e.visitCount }[search.sort.field];
  const direction = search.sort.desc ? -1 : 1;
  const sorted = [...shown].sort((a, b) =>
    search.sort.field === "name" ? direction * byName(a, b) : direction * (count(a) - count(b)) || byName(a, b),
  );
  return { shown: sorted, hiddenWithoutRecords: matching.length - shown.length };
}
