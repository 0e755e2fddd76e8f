// The agreements table's URL contract, shared by the page, the export and /api/agreements:
//   q, domain (repeatable slug), party (repeatable ISO alpha-2), form, nature, status (each repeatable),
//   from, to (years), sort (`field` or `-field`), page, size.
// Parsing never fails: a bad value is dropped and the default applies.
import { z } from "zod";
import { AgreementForm, AgreementStatus, LegalNature } from "@/lib/generated/prisma/enums";

export const sortFields = ["title", "signedOn", "form", "status", "place"] as const;
export type SortField = (typeof sortFields)[number];
export const pageSizes = [25, 50, 100] as const;
export const minYear = 1800;
export const maxYear = 2100;

export interface AgreementSort {
  field: SortField;
  desc: boolean;
}

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
  size: (typeof pageSizes)[number];
}

export const defaultSort: AgreementSort = { field: "signedOn", desc: true };

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);
const countryCode = z.string().regex(/^[a-zA-Z]{2}$/).transform((code) => code.toUpperCase());
const year = z.coerce.number().int().min(minYear).max(maxYear);

function list<T>(schema: z.ZodType<T>, values: string[]): T[] {
  const parsed = values.flatMap((value) => {
    const result = schema.safeParse(value);
    return result.success ? [result.data] : [];
  });
  return [...new Set(parsed)].slice(0, 50);
}

function parseSort(value: string | undefined): AgreementSort {
  if (!value) return defaultSort;
  const desc = value.startsWith("-");
  const field = desc ? value.slice(1) : value;
  return (sortFields as readonly string[]).includes(field) ? { field: field as SortField, desc } : defaultSort;
}

export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function getAll(params: RawSearchParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function parseAgreementSearch(params: RawSearchParams): AgreementSearch {
  const first = (key: string) => getAll(params, key)[0];
  let from = year.safeParse(first("from")).data ?? null;
  let to = year.safeParse(first("to")).data ?? null;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const size = z.coerce.number().pipe(z.union(pageSizes.map((s) => z.literal(s)))).safeParse(first("size"));
  return {
    q: (first("q") ?? "").trim().slice(0, 200),
    domain: list(slug, getAll(params, "domain")),
    party: list(countryCode, getAll(params, "party")),
    form: list(z.enum(AgreementForm), getAll(params, "form")),
    nature: list(z.enum(LegalNature), getAll(params, "nature")),
    status: list(z.enum(AgreementStatus), getAll(params, "status")),
    from,
    to,
    sort: parseSort(first("sort")),
    page: z.coerce.number().int().min(1).max(100_000).safeParse(first("page")).data ?? 1,
    size: size.success ? size.data : pageSizes[0],
  };
}

/** The canonical query string of a search: defaults left out, so equal searches share one URL. */
export function serializeAgreementSearch(search: Partial<AgreementSearch>): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  for (const key of ["domain", "party", "form", "nature", "status"] as const) {
    for (const value of search[key] ?? []) params.append(key, key === "party" ? value.toLowerCase() : value);
  }
  if (search.from != null) params.set("from", String(search.from));
  if (search.to != null) params.set("to", String(search.to));
  if (search.sort && (search.sort.field !== defaultSort.field || search.sort.desc !== defaultSort.desc)) {
    params.set("sort", `${search.sort.desc ? "-" : ""}${search.sort.field}`);
  }
  if (search.page && search.page > 1) params.set("page", String(search.page));
  if (search.size && search.size !== pageSizes[0]) params.set("size", String(search.size));
  return params;
}
