// Pieces of the tables' URL contracts (agreements, visits) that the browser needs too: the shapes, the bounds,
// reading parameters from either form Next.js or the browser gives them, and the canonical serializers. No
// parsing and no zod here, so the tables' client bundles stay small; the parsers are in url-parsers.ts.
export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

export const pageSizes = [25, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];
export const minYear = 1800;
export const maxYear = 2100;

export interface TableSort<F extends string> {
  field: F;
  desc: boolean;
}

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

/** `field` or `-field`; undefined for the default, which canonical addresses leave out. */
export function serializeSort<F extends string>(sort: TableSort<F> | undefined, fallback: TableSort<F>): string | undefined {
  if (!sort || (sort.field === fallback.field && sort.desc === fallback.desc)) return undefined;
  return `${sort.desc ? "-" : ""}${sort.field}`;
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

/** The `sources` filter of the tables: `none` keeps the records that cite no source (to find what needs one). */
export const sourceFilters = ["none"] as const;
export type SourceFilter = (typeof sourceFilters)[number];
