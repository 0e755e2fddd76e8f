"use client";
// A TanStack table over rows the server has already searched, sorted and paged (manual mode): its sorting and
// pagination state is the search in the URL, and each change is a navigation to the new address.
import { useMemo } from "react";
import {
  functionalUpdate,
  useTable,
  type ColumnDef,
  type ColumnVisibilityState,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { dataTableFeatures, type DataTableFeatures } from "./data-table-features";
import type { DataTableNavigation } from "./data-table-navigation";
import type { PagedSearch } from "./use-search-navigation";

export interface ServerTableOptions<TData extends RowData> {
  search: PagedSearch;
  navigation: DataTableNavigation;
  // Columns of any value type, as TanStack's own column helper gives them.
  // biome-ignore lint/suspicious/noExplicitAny: TanStack types a column list of mixed value types this way.
  columns: ColumnDef<DataTableFeatures, TData, any>[];
  /** The page the server sent: its rows, the total of the search and the number of pages. */
  page: { rows: TData[]; total: number; pageCount: number };
  getRowId: (row: TData) => string;
  columnVisibility?: ColumnVisibilityState;
  onColumnVisibilityChange?: (updater: Updater<ColumnVisibilityState>) => void;
}

export function useServerTable<TData extends RowData>({
  search,
  navigation,
  columns,
  page,
  getRowId,
  columnVisibility = {},
  onColumnVisibilityChange,
}: ServerTableOptions<TData>) {
  const sorting = useMemo<SortingState>(() => [{ id: search.sort.field, desc: search.sort.desc }], [search.sort]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: search.page - 1, pageSize: search.size }), [search.page, search.size]);

  return useTable({
    features: dataTableFeatures,
    columns,
    data: page.rows,
    getRowId,
    state: { sorting, pagination, columnVisibility },
    onSortingChange: (updater) => navigation.navigate(navigation.searchFor({ sorting: functionalUpdate(updater, sorting) })),
    onPaginationChange: (updater) => navigation.navigate(navigation.searchFor({ pagination: functionalUpdate(updater, pagination) })),
    onColumnVisibilityChange,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    rowCount: page.total,
    pageCount: page.pageCount,
  });
}
