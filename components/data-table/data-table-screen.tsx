// A whole server-driven table screen, rendered on the server: the search form, the active filters, the count (and
// what goes beside it, e.g. export links), then the rows and the pager, or, when nothing matches, the empty state.
// TanStack Table holds the sorting, pagination and hidden columns of the rows the server found; every control is a
// link or a form of the URL contract, and TableEnhancer is the only part that runs in the browser.
import type { ReactNode } from "react";
import type { RowData } from "@tanstack/table-core";
import { DataTable } from "./data-table";
import { DataTableEmpty } from "./data-table-empty";
import type { ListFilter } from "./data-table-faceted-filter";
import { DataTableFilterChips } from "./data-table-filter-chips";
import { DataTablePagination } from "./data-table-pagination";
import { DataTableToolbar } from "./data-table-toolbar";
import { DataTableViewOptions } from "./data-table-view-options";
import type { FilterChip, FilteredSearch } from "./filter-chips";
import { createServerTable, type DataTableColumns } from "./server-table";
import { TableEnhancer } from "./table-enhancer";
import type { TableTranslator } from "./table-translator";

/** What every table's search holds besides its filters. */
export interface PagedSearch extends FilteredSearch {
  sort: { field: string; desc: boolean };
  size: number;
}

export interface DataTableScreenProps<TData extends RowData, S extends PagedSearch> {
  /** Prefix of the ids in the screen, and the table's name for its column preference. */
  id: "agreements" | "visits";
  contract: {
    path: string;
    /** The canonical address of a search. */
    href: (search: S) => string;
    /** The canonical query of a search, defaults left out. */
    serialize: (search: Partial<S>) => URLSearchParams;
    pageSizes: readonly number[];
  };
  search: S;
  page: { rows: TData[]; total: number; pageCount: number };
  columns: DataTableColumns<TData>;
  getRowId: (row: TData) => string;
  hiddenColumns: readonly string[];
  filters: readonly ListFilter[];
  chips: { chips: FilterChip[]; clear: { label: string; href: string } };
  text: {
    form: string;
    label: string;
    placeholder: string;
    years: { title: string; min: number; max: number; option?: { name: string; label: string; checked: boolean } };
    caption: (sortedBy: { column: string; direction: string }) => string;
    count: string;
    emptyTitle: string;
    nothingRecorded: string;
  };
  aside?: ReactNode;
  /** Said under the count, rows or not: what the search leaves out that the reader may want. */
  notice?: ReactNode;
  t: TableTranslator;
}

export function DataTableScreen<TData extends RowData, S extends PagedSearch>({
  id,
  contract,
  search,
  page,
  columns,
  getRowId,
  hiddenColumns,
  filters,
  chips,
  text,
  aside,
  notice,
  t,
}: DataTableScreenProps<TData, S>) {
  const table = createServerTable({ columns, page, search, getRowId, hiddenColumns });
  const here = contract.href(search);
  const hasRows = page.rows.length > 0;
  const sortedBy = {
    column: table.getColumn(search.sort.field)?.columnDef.meta?.label ?? search.sort.field,
    direction: t(search.sort.desc ? "sorting.descending" : "sorting.ascending"),
  };
  return (
    <TableEnhancer searchKey={here}>
      <DataTableToolbar
        t={t}
        id={id}
        action={contract.path}
        label={text.form}
        text={{ label: text.label, placeholder: text.placeholder, value: search.q }}
        filters={filters}
        years={{ ...text.years, from: search.from, to: search.to }}
        // The sort and page size are not filters: they ride along so that a new search keeps them.
        kept={contract.serialize({ sort: search.sort, size: search.size } as Partial<S>)}
        actions={<DataTableViewOptions t={t} id={`${id}-columns`} table={table} tableName={id} />}
      />
      {/* With no rows, the empty state lists the filters instead. */}
      {hasRows && <DataTableFilterChips label={t("filters.active")} chips={chips.chips} clear={chips.clear} />}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="flex items-center gap-2 text-sm font-medium">
          <span role="status">{text.count}</span>
          <span aria-hidden="true" className="hidden animate-pulse text-muted-foreground group-data-[pending]/table:inline">
            {t("updating")}
          </span>
        </p>
        {aside}
      </div>
      {notice}
      {hasRows ? (
        <>
          <DataTable
            t={t}
            id={id}
            table={table}
            caption={text.caption(sortedBy)}
            sortHref={(field, desc) => contract.href({ ...search, sort: { field, desc }, page: 1 })}
          />
          <DataTablePagination
            t={t}
            table={table}
            pageHref={(index) => contract.href({ ...search, page: index + 1 })}
            pageSize={{
              id: `${id}-page-size`,
              action: contract.path,
              // Everything but the size, from the first page.
              params: contract.serialize({ ...search, page: 1, size: contract.pageSizes[0] }),
              size: search.size,
              sizes: contract.pageSizes,
            }}
          />
        </>
      ) : (
        <DataTableEmpty t={t} chips={chips.chips} clear={chips.clear} title={text.emptyTitle} nothingRecorded={text.nothingRecorded} />
      )}
    </TableEnhancer>
  );
}
