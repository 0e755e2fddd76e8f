// The agreements table's URL contract, shared by the page, the export and /api/agreements:
//   q, domain (repeatable slug), party (repeatable ISO alpha-2), form, nature, status (each repeatable),
//   from, to (years), undated (1: with a year range, keep the agreements without a known date too),
//   sources (`none`: the agreements that cite no source), sort (`field` or `-field`), page, size.
// Its shape and canonical serializer, which the table's client components use too; the parser, which only the
// server runs, is in search-parser.ts.
import type { AgreementForm, AgreementStatus, LegalNature } from "@/lib/generated/prisma/enums";
import { appendCommonParams, type PageSize, type SourceFilter, type TableSort } from "@/lib/search/url-params";

export { maxYear, minYear, pageSizes } from "@/lib/search/url-params";

export const sortFields = ["title", "signedOn", "form", "status", "place"] as const;
export type SortField = (typeof sortFields)[number];

export type AgreementSort = TableSort<SortField>;

export interface AgreementSearch {
  q: string;
  domain: string[];
  party: string[];
  form: AgreementForm[];
  nature: LegalNature[];
  status: AgreementStatus[];
  from: number | null;
  to: number | null;
  /** With a year range, the agreements without a known date of signature are kept too. */
  undated: boolean;
  /** `none`: only the agreements that cite no source (to find what needs one). */
  sources: SourceFilter[];
  sort: AgreementSort;
  page: number;
  size: PageSize;
}

export const defaultSort: AgreementSort = { field: "signedOn", desc: true };

export { sourceFilters } from "@/lib/search/url-params";

/** The canonical query string of a search: defaults left out, so equal searches share one URL. */
export function serializeAgreementSearch(search: Partial<AgreementSearch>): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  for (const key of ["domain", "party", "form", "nature", "status", "sources"] as const) {
    for (const value of search[key] ?? []) params.append(key, key === "party" ? value.toLowerCase() : value);
  }
  if (search.from != null) params.set("from", String(search.from));
  if (search.to != null) params.set("to", String(search.to));
  // Only a year range leaves undated agreements out, so only with one does keeping them mean anything.
  if (search.undated && (search.from != null || search.to != null)) params.set("undated", "1");
  return appendCommonParams(params, { ...search, from: null, to: null }, defaultSort);
}
