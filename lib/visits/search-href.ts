// Addresses of the visits table for a given search, built from the one URL contract.
import { hrefParams } from "@/lib/search/url-params";
import { parseVisitSearch, serializeVisitSearch, type VisitSearch } from "./search-params";

export const visitsPath = "/visits";

export function visitsHref(search: Partial<VisitSearch>): string {
  const query = serializeVisitSearch(search).toString();
  return query ? `${visitsPath}?${query}` : visitsPath;
}

/** The search an address of the table stands for (only its query string matters). */
export function visitSearchFromHref(href: string): VisitSearch {
  return parseVisitSearch(hrefParams(href));
}
