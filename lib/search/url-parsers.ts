// The parsers the tables' URL contracts share (server side: pages, routes). None of them ever fails: a bad
// value is dropped and the caller's default applies.
import { z } from "@/lib/zod";
import { maxYear, minYear, pageSizes, type PageSize, type TableSort } from "@/lib/search/url-params";

/** ISO 3166 alpha-2, any case in, upper case out (as stored). */
export const countryCode = z
  .string()
  .regex(/^[a-zA-Z]{2}$/)
  .transform((code) => code.toUpperCase());

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
