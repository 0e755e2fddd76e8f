"use client";
// A table's active filters as chips and as the empty state lists them: one per text query, chosen option and
// year range, each with the address of the table without it, and the address with none of them.
import { useTranslations } from "next-intl";
import type { FacetedFilterOption } from "./data-table-faceted-filter";
import type { FilterChip } from "./data-table-filter-chips";
import type { PagedSearch } from "./use-search-navigation";

/** A multi-select filter of a toolbar: its URL parameter, labels, options and what is chosen. */
export interface ListFilter<K extends string = string> {
  key: K;
  title: string;
  description?: string;
  options: FacetedFilterOption[];
  selected: string[];
  searchable?: boolean;
  searchLabel?: string;
}

/** What every filtered table's search holds: a text query and a year range. */
export interface FilteredSearch extends PagedSearch {
  q: string;
  from: number | null;
  to: number | null;
}

export interface FilterChipsOptions<S extends FilteredSearch> {
  /** The search with no filter: clearing filters keeps the sort and the page size. */
  withoutFilters: (search: S) => S;
  /** What the year range filters on, e.g. "Year of signature". */
  yearsTitle: string;
}

export function useFilterChips<S extends FilteredSearch>(
  search: S,
  filters: readonly ListFilter<Extract<keyof S, string>>[],
  { withoutFilters, yearsTitle }: FilterChipsOptions<S>,
) {
  const t = useTranslations("table.filters");

  const chip = (key: string, filter: string, value: string, without: Partial<S>): FilterChip => {
    const label = t("chip", { filter, value });
    return { key, label, removeLabel: t("remove", { filter: label }), to: { ...search, ...without, page: 1 } };
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
    chips.push(chip("years", yearsTitle, years, { from: null, to: null } as Partial<S>));
  }

  const clear = { label: t("clearAll"), to: withoutFilters(search) };
  return { chips, clear };
}
