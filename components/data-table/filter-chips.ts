// A table's active filters as chips and as the empty state lists them: one per text query, chosen option and year
// range, each with the address of the table without it, and the address with none of them.
import { getTranslations } from "next-intl/server";
import type { ListFilter } from "./data-table-faceted-filter";

/** What every filtered table's search holds: a text query, a year range and a page. */
export interface FilteredSearch {
  q: string;
  from: number | null;
  to: number | null;
  page: number;
}

export interface FilterChip {
  key: string;
  label: string;
  /** What a screen reader hears for the link, e.g. "Remove the filter Party: Morocco". */
  removeLabel: string;
  href: string;
}

export interface FilterChipsOptions<S extends FilteredSearch> {
  /** The canonical address of a search. */
  href: (search: S) => string;
  /** The search with no filter: clearing filters keeps the sort and the page size. */
  withoutFilters: (search: S) => S;
  /** What the year range filters on, e.g. "Year of signature". */
  yearsTitle: string;
  /** Said after the range when it keeps the rows without a date too. */
  yearsNote?: string;
}

export async function filterChips<S extends FilteredSearch>(
  search: S,
  filters: readonly ListFilter<Extract<keyof S, string>>[],
  { href, withoutFilters, yearsTitle, yearsNote }: FilterChipsOptions<S>,
) {
  const t = await getTranslations("table.filters");

  const chip = (key: string, filter: string, value: string, without: Partial<S>): FilterChip => {
    const label = t("chip", { filter, value });
    return { key, label, removeLabel: t("remove", { filter: label }), href: href({ ...search, ...without, page: 1 }) };
  };

  const chips: FilterChip[] = [];
  if (search.q) chips.push(chip("q", t("search"), `“${search.q}”`, { q: "" } as Partial<S>));
  for (const filter of filters) {
    for (const value of filter.selected) {
      const label = filter.options.find((option) => option.value === value)?.label ?? value;
      const remaining = filter.selected.filter((item) => item !== value);
      chips.push(chip(`${filter.key}:${value}`, filter.title, label, { [filter.key]: remaining } as Partial<S>));
    }
  }
  if (search.from !== null || search.to !== null) {
    // As strings: a number argument would be formatted with a thousands separator ("2,010").
    const [from, to] = [String(search.from), String(search.to)];
    const years =
      search.from !== null && search.to !== null
        ? t("years.between", { from, to })
        : search.from !== null
          ? t("years.since", { from })
          : t("years.until", { to });
    chips.push(chip("years", yearsTitle, yearsNote ? `${years} ${yearsNote}` : years, { from: null, to: null } as Partial<S>));
  }

  const clear = { label: t("clearAll"), href: href(withoutFilters(search)) };
  return { chips, clear };
}
