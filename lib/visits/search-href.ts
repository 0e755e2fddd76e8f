// Addresses of the visits table for a given search, built from the one URL contract.
import { serializeVisitSearch, type VisitSearch } from "./search-params";

export const visitsPath = "/visits";

export function visitsHref(search: Partial<VisitSearch>): string {
  const query = serializeVisitSearch(search).toString();
  return query ? `${visitsPath}?${query}` : visitsPath;
}
