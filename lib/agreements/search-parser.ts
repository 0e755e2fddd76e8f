// Reads the agreements table's URL contract (search-params.ts) into a search. Parsing never fails: a bad value
// is dropped and the default applies. Server side only (pages, routes): the table's client builds its searches
// from its own state.
import { z } from "@/lib/zod";
import { AgreementForm, AgreementStatus, LegalNature } from "@/lib/generated/prisma/enums";
import { getAll, type RawSearchParams } from "@/lib/search/url-params";
import { countryCode, list, parsePage, parsePageSize, parseSort, parseYears } from "@/lib/search/url-parsers";
import { defaultSort, sortFields, sourceFilters, type AgreementSearch } from "./search-params";

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
    undated: first("undated") === "1",
    sources: list(z.enum(sourceFilters), getAll(params, "sources")),
    sort: parseSort(first("sort"), sortFields, defaultSort),
    page: parsePage(first("page")),
    size: parsePageSize(first("size")),
  };
}
