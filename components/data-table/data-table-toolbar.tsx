// Search and filters, as one GET form rendered on the server: without JavaScript it is submitted with its button;
// with it (TableEnhancer), ticking an option applies at once and typing applies after a pause. Either way the page
// goes back to 1, since the page is not a field of the form. The fields come in the order of the canonical
// address, the sort and the page size last, so the address the form makes is the canonical one.
import type { ReactNode } from "react";
import { SearchIcon } from "lucide-react";
import type { TableTranslator } from "./table-translator";
import { Button } from "@/components/ui/button";
import { DataTableFacetedFilter, type ListFilter } from "./data-table-faceted-filter";
import { DataTableRangeFilter } from "./data-table-range-filter";

export interface DataTableToolbarProps {
  id: string;
  /** The table's address, where the form goes. */
  action: string;
  /** The form's accessible name. */
  label: string;
  /** The text field: what it is called, e.g. "Search the agreements", and its value. */
  text: { label: string; placeholder: string; value: string };
  filters: readonly ListFilter[];
  /** The year range: what it filters on, its bounds and values. */
  years: {
    title: string;
    min: number;
    max: number;
    from: number | null;
    to: number | null;
    option?: { name: string; label: string; checked: boolean };
  };
  /** The sort and the page size, which a new search keeps (canonical values, defaults left out). */
  kept: URLSearchParams;
  actions?: ReactNode;
  t: TableTranslator;
}

export function DataTableToolbar({ id, action, label, text, filters, years, kept, actions, t }: DataTableToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form
        action={action}
        method="get"
        role="search"
        aria-label={label}
        data-table-search=""
        className="flex basis-full flex-wrap items-center gap-2 sm:flex-1 sm:basis-auto"
      >
        <div className="relative w-full sm:w-72">
          <label htmlFor={`${id}-q`} className="sr-only">
            {text.label}
          </label>
          <SearchIcon aria-hidden="true" className="absolute start-2.5 top-2.5 size-4 text-muted-foreground" />
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            defaultValue={text.value}
            maxLength={200}
            placeholder={text.placeholder}
            className="h-9 w-full min-w-0 rounded-md border bg-background py-1 ps-8 pe-3 text-sm shadow-xs placeholder:text-muted-foreground"
          />
        </div>
        {filters.map((filter) => (
          <DataTableFacetedFilter t={t} key={filter.key} id={`${id}-${filter.key}`} filter={filter} />
        ))}
        <DataTableRangeFilter
          t={t}
          id={`${id}-years`}
          title={years.title}
          description={t("filters.years.help", { min: String(years.min), max: String(years.max) })}
          min={years.min}
          max={years.max}
          from={{ name: "from", label: t("filters.years.from"), value: years.from }}
          to={{ name: "to", label: t("filters.years.to"), value: years.to }}
          option={years.option}
        />
        {[...kept].map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button type="submit" size="sm">
          {t("search.submit")}
        </Button>
      </form>
      {actions && <div className="ms-auto flex items-center gap-2">{actions}</div>}
    </div>
  );
}
