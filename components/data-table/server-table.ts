// The TanStack Table behind every table of the kit, built on the server: the server has already searched, sorted
// and paged, so the table holds only the state its headers, cells and pager read (sorting, pagination, hidden
// columns) and no row model runs. The table is rendered to HTML there and nothing of it ships to the browser.
import {
  columnVisibilityFeature,
  constructTable,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type Cell,
  type ColumnDef,
  type RowData,
  type Table,
} from "@tanstack/table-core";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import type { ReactNode } from "react";

export interface DataTableColumnMeta {
  /** The column's name: its header, the view options, the caption. */
  label: string;
}

export const dataTableFeatures = tableFeatures({
  // Plain stores: the table lives for one render on the server, nothing subscribes to it.
  coreReactivityFeature: storeReactivityBindings(),
  columnVisibilityFeature,
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;
export type DataTableInstance<TData extends RowData> = Table<DataTableFeatures, TData>;
// Columns of any value type, as TanStack's own column helper gives them.
// biome-ignore lint/suspicious/noExplicitAny: TanStack types a column list of mixed value types this way.
export type DataTableColumns<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>[];

export interface ServerTableOptions<TData extends RowData> {
  columns: DataTableColumns<TData>;
  /** The page the server found: its rows, the total of the search and the number of pages. */
  page: { rows: TData[]; total: number; pageCount: number };
  search: { sort: { field: string; desc: boolean }; page: number; size: number };
  getRowId: (row: TData) => string;
  hiddenColumns: readonly string[];
}

export function createServerTable<TData extends RowData>({
  columns,
  page,
  search,
  getRowId,
  hiddenColumns,
}: ServerTableOptions<TData>): DataTableInstance<TData> {
  return constructTable<DataTableFeatures, TData>({
    features: dataTableFeatures,
    columns,
    data: page.rows,
    getRowId,
    state: {
      sorting: [{ id: search.sort.field, desc: search.sort.desc }],
      pagination: { pageIndex: search.page - 1, pageSize: search.size },
      columnVisibility: Object.fromEntries(hiddenColumns.map((id) => [id, false])),
    },
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    rowCount: page.total,
    pageCount: page.pageCount,
  });
}

/** A cell as its column renders it. */
export function renderCell<TData extends RowData>(cell: Cell<DataTableFeatures, TData, unknown>): ReactNode {
  const render = cell.column.columnDef.cell;
  return typeof render === "function" ? render(cell.getContext()) : (render as ReactNode);
}
