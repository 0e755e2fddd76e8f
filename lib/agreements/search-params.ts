// The agreements table's URL contract, shared by the page, the export and /api/agreements:
//   q, domain (repeatable slug), party (repeatable ISO alpha-2), form, nature, status (each repeatable),
//   from, to (years), sort (`field` or `-field`), page, size.
// Parsing never fails: a bad value is dropped and the default applies.
import { z } from "@/lib/zod";
import { AgreementForm, AgreementStatus, LegalNature } from "@/lib/generated/prisma/enums";
import {
  appendCommonParams,
  countryCode,
  getAll,
  list,
  parsePage,
  parsePageSize,
  parseSort,
  parseYears,
  type PageSize,
  type RawSearchParams,
  type TableSort,
} from "@/lib/search/url-params";

export { maxYear, minYear, pageSizes, type RawSearchParams } from "@/lib/search/url-params";

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
  sort: AgreementSort;
  page: number;
  size: PageSize;
}

export const defaultSort: AgreementSort = { field: "signedOn", desc: true };

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);

export function parseAgreementSearch(params: RawSearchParams): AgreementSearch {
  const first = (key: string) => getAll(params, key)[0];
  return {
    q: (first("q") ?? "").trim().slice(0, 200),
    domain: list(slug, getAll(params, "domain")),
    party: list(countryCode, getAll(params, "party")),
    form: list(z.enum(AgreementForm), getAll(params, "form")),
    nature: list(z.enum(LegalNature), getAll(params, "nature")),
    status: list(z.enum(AgreementStatus), getAll(params, "status")),
    ...parseYears(first("from"), first("to")),
    sort: parseSort(first("sort"), sortFields, defaultSort),
    page: parsePage(first("page")),
    size: parsePageSize(first("size")),
  };
}

/** The canonical query string of a search: defaults left out, so equal searches share one URL. */
export function serializeAgreementSearch(search: Partial<AgreementSearch>): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  for (const key of ["domain", "party", "form", "nature", "status"] as const) {
    for (const value of search[key] ?? []) params.append(key, key === "party" ? value.toLowerCase() : value);
  }
  return appendCommonParams(params, search, defaultSort);
}
