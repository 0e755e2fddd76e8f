"use client";
// Search and filters, as one GET form: without JavaScript it is submitted with its button; with it, ticking
// an option applies at once and typing applies after a pause. Either way the page goes back to 1, since
// the page is not a field of the form. With JavaScript the next search is built from the toolbar's own state
// (the fields' drafts and the options ticked), never parsed from the form: the parsers stay on the server.
import { useRef, type ReactNode } from "react";
import { SearchIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useHydrated } from "@/components/ui/use-hydrated";
import { DataTableFacetedFilter } from "./data-table-faceted-filter";
import { DataTableRangeFilter } from "./data-table-range-filter";
import type { PagedSearch, SearchHistory, SearchUrlContract } from "./use-search-navigation";
import { useDebouncedCallback } from "./use-debounced-callback";
import { useDraft } from "./use-draft";
import type { FilteredSearch, ListFilter } from "./use-filter-chips";

export interface DataTableToolbarProps<S extends FilteredSearch & PagedSearch> {
  /** The table's address (where the form goes without JavaScript) and how its query reads. */
  contract: SearchUrlContract<S>;
  search: S;
  onSearch: (search: S, options: Required<SearchHistory>) => void;
  filters: readonly ListFilter[];
  /** The text field: its id and what it is called, e.g. "Search the agreements". */
  text: { id: string; label: string; placeholder: string };
  /** The form's accessible name. */
  label: string;
  /** The year range: what it filters on, and its bounds. */
  years: { title: string; min: number; max: number };
  actions?: ReactNode;
}

const typingDelay = 300;

const yearText = (year: number | null) => (year === null ? "" : String(year));

/**
 * The from–to range as the server reads it: a year outside the bounds (one typed halfway when an option is
 * ticked) is left out, and the two are swapped when given the wrong way round.
 */
function yearRange(from: string, to: string, bounds: { min: number; max: number }): { from: number | null; to: number | null } {
  const year = (text: string) => {
    const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
    return value !== null && value >= bounds.min && value <= bounds.max ? value : null;
  };
  const [first, last] = [year(from), year(to)];
  return first !== null && last !== null && first > last ? { from: last, to: first } : { from: first, to: last };
}
export function DataTableToolbar<S extends FilteredSearch & PagedSearch>({
  contract,
  search,
  onSearch,
  filters,
  text,
  label,
  years,
  actions,
}: DataTableToolbarProps<S>) {
  const t = useTranslations("table");
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useHydrated();
  const [q, setQ, expectQ] = useDraft(search.q);
  const [from, setFrom, expectFrom] = useDraft(yearText(search.from));
  const [to, setTo, expectTo] = useDraft(yearText(search.to));

  // While the reader keeps typing, each pause replaces the last history entry rather than adding one, so
  // Back returns to the search before the typing, not to "c", "cy", "cyb"…
  const typingSession = useRef(false);

  function apply(change?: { name: string; values: string[] }, { typed = false } = {}) {
    typing.cancel();
    const next: S = { ...search, q: q.trim(), ...yearRange(from, to, years), ...(change && { [change.name]: change.values }), page: 1 };
    if (typed) {
      expectQ(next.q);
      expectFrom(yearText(next.from));
      expectTo(yearText(next.to));
    }
    onSearch(next, { history: typed && typingSession.current ? "replace" : "push" });
    typingSession.current = typed;
  }
  // A year typed halfway ("20") is not applied: the field is invalid until the reader finishes it.
  const typing = useDebouncedCallback(() => {
    if (formRef.current?.checkValidity()) apply(undefined, { typed: true });
  }, typingDelay);

  const typed = (setDraft: (value: string) => void) => (value: string) => {
    setDraft(value);
    typing.run();
  };

  // The sort and page size are not filters: they ride along so that a new search keeps them.
  const kept = contract.serialize({ sort: search.sort, size: search.size } as Partial<S>);

  return (
    <form
      ref={formRef}
      action={contract.path}
      method="get"
      role="search"
      aria-label={label}
      data-hydrated={hydrated || undefined}
      className="flex flex-wrap items-center gap-2"
      onBlur={() => {
        typingSession.current = false;
      }}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      {[...kept].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="relative w-full sm:w-72">
        <label htmlFor={text.id} className="sr-only">
          {text.label}
        </label>
        <SearchIcon aria-hidden="true" className="absolute left-2.5 top-2.5 size-4 text-muted-foreground" />
        <Input
          id={text.id}
          type="search"
          name="q"
          value={q}
          maxLength={200}
          placeholder={text.placeholder}
          className="pl-8"
          onChange={(event) => typed(setQ)(event.target.value)}
        />
      </div>
      {filters.map((filter) => (
        <DataTableFacetedFilter
          key={filter.key}
          name={filter.key}
          title={filter.title}
          description={filter.description}
          options={filter.options}
          selected={filter.selected}
          searchable={filter.searchable}
          searchLabel={filter.searchLabel}
          onSelectedChange={(values) => apply({ name: filter.key, values })}
        />
      ))}
      <DataTableRangeFilter
        title={years.title}
        description={t("filters.years.help", { min: String(years.min), max: String(years.max) })}
        min={years.min}
        max={years.max}
        from={{ name: "from", label: t("filters.years.from"), value: from, onChange: typed(setFrom) }}
        to={{ name: "to", label: t("filters.years.to"), value: to, onChange: typed(setTo) }}
      />
      <Button type="submit" size="sm">
        {t("search.submit")}
      </Button>
      {actions && <div className="ml-auto flex items-center gap-2">{actions}</div>}
    </form>
  );
}
