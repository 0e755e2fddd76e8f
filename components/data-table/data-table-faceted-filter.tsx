// A multi-select filter: one checkbox per option, with how many rows each would match. The checkboxes are real
// form fields (named `name`), so the surrounding GET form submits them without JavaScript. A long list (every
// state of the world) is a SearchableOptions island instead, drawn when first opened.
import type { TableTranslator } from "./table-translator";
import { DataTableFilterPopover } from "./data-table-filter-popover";
import { SearchableOptions } from "./searchable-options";

export interface FacetedFilterOption {
  value: string;
  label: string;
  count?: number;
}

/** A multi-select filter of a toolbar: its URL parameter, labels, options and what is chosen. */
export interface ListFilter<K extends string = string> {
  key: K;
  title: string;
  description?: string;
  options: FacetedFilterOption[];
  selected: string[];
  /** Add a box that narrows the list as one types, for long lists. */
  searchable?: boolean;
  searchLabel?: string;
}

export function DataTableFacetedFilter({ filter, id, t }: { filter: ListFilter; id: string; t: TableTranslator }) {
  const chosen = new Set(filter.selected);
  return (
    <DataTableFilterPopover t={t} id={id} title={filter.title} activeCount={filter.selected.length} description={filter.description}>
      {filter.searchable ? (
        <SearchableOptions
          id={id}
          name={filter.key}
          title={filter.title}
          options={filter.options}
          selected={filter.selected}
          findLabel={filter.searchLabel ?? t("facetedFilter.search", { filter: filter.title })}
          noMatch={t("facetedFilter.noMatch")}
        />
      ) : (
        <ul className="max-h-64 overflow-y-auto pr-1">
          {filter.options.map((option) => (
            <li key={option.value}>
              <OptionCheckbox
                id={`${id}-${option.value}`}
                name={filter.key}
                option={option}
                checked={chosen.has(option.value)}
                countLabel={option.count === undefined ? undefined : t("facetedFilter.count", { count: option.count })}
              />
            </li>
          ))}
        </ul>
      )}
    </DataTableFilterPopover>
  );
}

export function OptionCheckbox({
  id,
  name,
  option,
  checked,
  countLabel,
}: {
  id: string;
  name: string;
  option: FacetedFilterOption;
  checked: boolean;
  countLabel?: string;
}) {
  return (
    <label htmlFor={id} className="flex cursor-pointer items-center gap-2 rounded-sm px-1 py-1 text-sm hover:bg-accent">
      <input id={id} type="checkbox" name={name} value={option.value} defaultChecked={checked} className="size-4 accent-primary" />
      <span className="flex-1">{option.label}</span>
      {option.count !== undefined && (
        <span className="font-mono text-xs text-muted-foreground tabular-nums">
          <span aria-hidden="true">{option.count}</span>
          <span className="sr-only">{countLabel}</span>
        </span>
      )}
    </label>
  );
}
