// The TanStack Table features every table of the kit registers. The server sorts and pages, so no client
// row model is registered: the features only hold the state the headers, pager and view options read.
import {
  columnVisibilityFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ReactTable,
  type RowData,
} from "@tanstack/react-table";

export interface DataTableColumnMeta {
  /** The column's name where its header is not shown: the view options, the cookie of hidden columns. */
  label: string;
}

export const dataTableFeatures = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;
export type DataTableInstance<TData extends RowData> = ReactTable<DataTableFeatures, TData>;
