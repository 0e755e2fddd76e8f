// Pieces of the tables' URL contracts (agreements, visits): reading repeatable and single parameters from
// either form Next.js or the browser gives them, and the parsers they share. None of them ever fails: a bad
// value is dropped and the caller's default applies.
import { z } from "@/lib/zod";

export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

export const pageSizes = [25, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];
export const minYear = 1800;
export const maxYear = 2100;

export interface TableSort<F extends string> {
  field: F;
  desc: boolean;
}

/** ISO 3166 alpha-2, any case in, upper case out (as stored). */
export const countryCode = z
  .string()
  .regex(/^[a-zA-Z]{2}$/)
  .transform((code) => code.toUpperCase());

/**
 * The text values of a parameter. Next.js builds a page's `searchParams` by assigning `query[name]`, so
 * `?__proto__=x` swaps the object's prototype for an array (whose `sort` then shows through) and a name such as
 * `sort` or `constructor` may hold [an inherited function, its value]: only own properties and strings count.
 */
export function getAll(params: RawSearchParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  if (!Object.hasOwn(params, key)) return [];
  const value: unknown = params[key];
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === "string");
}

/** A page's `searchParams` as URLSearchParams, read as getAll reads it, for pages that look up a few names. */
export function toSearchParams(params: RawSearchParams): URLSearchParams {
  if (params instanceof URLSearchParams) return params;
  const entries = Object.keys(params).flatMap((key) => getAll(params, key).map((value) => [key, value]));
  return new URLSearchParams(entries);
}

/** The valid values of a repeatable parameter, each once, at most 50. */
export function list<T>(schema: z.ZodType<T>, values: string[]): T[] {
  const parsed = values.flatMap((value) => {
    const result = schema.safeParse(value);
    return result.success ? [result.data] : [];
  });
  return [...new Set(parsed)].slice(0, 50);
}

export function parseSort<F extends string>(value: string | undefined, fields: readonly F[], fallback: TableSort<F>): TableSort<F> {
  if (!value) return fallback;
  const desc = value.startsWith("-");
  const field = desc ? value.slice(1) : value;
  return (fields as readonly string[]).includes(field) ? { field: field as F, desc } : fallback;
}

/** `field` or `-field`; undefined for the default, which canonical addresses leave out. */
export function serializeSort<F extends string>(sort: TableSort<F> | undefined, fallback: TableSort<F>): string | undefined {
  if (!sort || (sort.field === fallback.field && sort.desc === fallback.desc)) return undefined;
  return `${sort.desc ? "-" : ""}${sort.field}`;
}

const year = z.coerce.number().int().min(minYear).max(maxYear);

/** `from` and `to` as years; swapped when given the wrong way round. */
export function parseYears(from: string | undefined, to: string | undefined): { from: number | null; to: number | null } {
  let first = year.safeParse(from).data ?? null;
  let last = year.safeParse(to).data ?? null;
  if (first !== null && last !== null && first > last) [first, last] = [last, first];
  return { from: first, to: last };
}

export function parsePage(value: string | undefined): number {
  return z.coerce.number().int().min(1).max(100_000).safeParse(value).data ?? 1;
}

export function parsePageSize(value: string | undefined): PageSize {
  const size = z.coerce
    .number()
    .pipe(z.union(pageSizes.map((s) => z.literal(s))))
    .safeParse(value);
  return size.success ? size.data : pageSizes[0];
}

/** Appends what every table's canonical address shares: years, sort, page and size, defaults left out. */
export function appendCommonParams<F extends string>(
  params: URLSearchParams,
  search: { from?: number | null; to?: number | null; sort?: TableSort<F>; page?: number; size?: number },
  defaultSort: TableSort<F>,
): URLSearchParams {
  if (search.from != null) params.set("from", String(search.from));
  if (search.to != null) params.set("to", String(search.to));
  const sort = serializeSort(search.sort, defaultSort);
  if (sort) params.set("sort", sort);
  if (search.page && search.page > 1) params.set("page", String(search.page));
  if (search.size && search.size !== pageSizes[0]) params.set("size", String(search.size));
  return params;
}

/** The query string of an address (what follows `?`), as parameters. */
export function hrefParams(href: string): URLSearchParams {
  return new URLSearchParams(href.includes("?") ? href.slice(href.indexOf("?") + 1) : "");
}
