// The visits table's URL contract (/visits), which the dashboard and the country and pair pages link into:
//   q        text: words of the official, the official's title, the city, the two states and the summaries,
//            matched whatever the case and accents ("defense" finds "Défense")
//   visitor  the visiting state, ISO alpha-2 (repeatable: any of them); any case, lower case in canonical URLs
//   host     the receiving state, the same way
//   kind     VisitKind (repeatable: any of them)
//   sources  `none`: only the visits that cite no source
//   from, to years, both included; a visit is in the range by its start date
//   sort     `field` or `-field`: startOn (the default, newest first), official, visitor, host, kind, city
//   page, size  the page (from 1) and its size (25, 50 or 100)
// e.g. /visits?visitor=ma, /visits?host=il, /visits?from=2021&to=2021.
// Its shape and canonical serializer (defaults left out, so equal searches share one address), which the table's
// client components use too; the parser, which only the server runs, is in search-parser.ts.
import type { VisitKind } from "@/lib/generated/prisma/enums";
import { appendCommonParams, type PageSize, type SourceFilter, type TableSort } from "@/lib/search/url-params";

export { sourceFilters } from "@/lib/search/url-params";

export { maxYear, minYear, pageSizes } from "@/lib/search/url-params";

export const sortFields = ["startOn", "official", "visitor", "host", "kind", "city"] as const;
export type SortField = (typeof sortFields)[number];
export type VisitSort = TableSort<SortField>;

export interface VisitSearch {
  q: string;
  visitor: string[];
  host: string[];
  kind: VisitKind[];
  sources: SourceFilter[];
  from: number | null;
  to: number | null;
  sort: VisitSort;
  page: number;
  size: PageSize;
}

export const defaultSort: VisitSort = { field: "startOn", desc: true };

/** The canonical query string of a search: defaults left out, country codes in lower case. */
export function serializeVisitSearch(search: Partial<VisitSearch>): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  for (const code of search.visitor ?? []) params.append("visitor", code.toLowerCase());
  for (const code of search.host ?? []) params.append("host", code.toLowerCase());
  for (const kind of search.kind ?? []) params.append("kind", kind);
  for (const value of search.sources ?? []) params.append("sources", value);
  return appendCommonParams(params, search, defaultSort);
}
