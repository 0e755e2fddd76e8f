// Reads the visits table's URL contract (search-params.ts) into a search. Parsing never fails: a bad value is
// dropped and the default applies. Server side only (pages, routes): the table's client builds its searches from
// its own state.
import { z } from "@/lib/zod";
import { VisitKind } from "@/lib/generated/prisma/enums";
import { getAll, type RawSearchParams, sourceFilters } from "@/lib/search/url-params";
import { countryCode, list, parsePage, parsePageSize, parseSort, parseYears } from "@/lib/search/url-parsers";
import { defaultSort, sortFields, type VisitSearch } from "./search-params";

export function parseVisitSearch(params: RawSearchParams): VisitSearch {
  const first = (key: string) => getAll(params, key)[0];
  return {
    q: (first("q") ?? "").trim().slice(0, 200),
    visitor: list(countryCode, getAll(params, "visitor")),
    host: list(countryCode, getAll(params, "host")),
    kind: list(z.enum(VisitKind), getAll(params, "kind")),
    sources: list(z.enum(sourceFilters), getAll(params, "sources")),
    ...parseYears(first("from"), first("to")),
    sort: parseSort(first("sort"), sortFields, defaultSort),
    page: parsePage(first("page")),
    size: parsePageSize(first("size")),
  };
}
