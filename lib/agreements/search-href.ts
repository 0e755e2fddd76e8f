// Addresses of the agreements table for a given search, built from the one URL contract.
import { pageSizes, serializeAgreementSearch, type AgreementSearch } from "./search-params";

export const agreementsPath = "/agreements";

export function agreementsHref(search: Partial<AgreementSearch>): string {
  const query = serializeAgreementSearch(search).toString();
  return query ? `${agreementsPath}?${query}` : agreementsPath;
}

/** The export endpoint for the current search: every matching agreement, so the page and size are left out. */
export function agreementsExportHref(search: AgreementSearch, format: "csv" | "json"): string {
  const params = serializeAgreementSearch({ ...search, page: 1, size: pageSizes[0] });
  return `/api/agreements/export?format=${format}${params.size > 0 ? `&${params}` : ""}`;
}
