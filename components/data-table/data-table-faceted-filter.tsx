// A multi-select filter: one checkbox per option, with how many rows each would match. The checkboxes are real
// form fields (named `name`), so the surrounding GET form submits them without JavaScript. A long list (every
// state of the world) is a SearchableOptions island instead, drawn when first opened.
import type { TableTranslator } from "./table-translator";
import { DataTableFilterPopover, ShowResultsButton } from "./data-table-filter-popover";
import { type FacetedFilterOption, OptionCheckbox } from "./option-checkbox";

export type { FacetedFilterOption };
import { SearchableOptions } from "./searchable-options";

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
    <DataTableFilterPopover
      t={t}
      id={id}
      title={filter.title}
      activeCount={filter.selected.length}
      description={filter.description}
      footer={<ShowResultsButton t={t} />}
    >
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
        <ul className="max-h-64 overflow-y-auto pe-1">
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
