"use client";
// Everything of a server-driven table below its toolbar: the active filters, the count (and what goes
// beside it, e.g. export links), then the rows and the pager, or, when nothing matches, the empty state.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { RowData } from "@tanstack/react-table";
import { DataTable } from "./data-table";
import { DataTableEmpty, type DataTableEmptyProps } from "./data-table-empty";
import type { DataTableInstance } from "./data-table-features";
import { DataTableFilterChips } from "./data-table-filter-chips";
import { DataTablePagination } from "./data-table-pagination";
import type { PagedSearch, SearchUrlContract } from "./use-search-navigation";

export interface DataTableResultsProps<TData extends RowData, S extends PagedSearch> {
  table: DataTableInstance<TData>;
  contract: SearchUrlContract<S>;
  search: S;
  /** The table's caption, e.g. "Agreements, sorted by Title (descending)". */
  caption: (sortedBy: { column: string; direction: string }) => string;
  /** "N agreements", announced as a status. */
  count: string;
  isPending: boolean;
  empty: DataTableEmptyProps;
  /** Shown on the count's line, at the end. */
  aside?: ReactNode;
}

export function DataTableResults<TData extends RowData, S extends PagedSearch>({
  table,
  contract,
  search,
  caption,
  count,
  isPending,
  empty,
  aside,
}: DataTableResultsProps<TData, S>) {
  const t = useTranslations("table");
  const hasRows = table.getRowModel().rows.length > 0;
  const sortedBy = {
    column: table.getColumn(search.sort.field)?.columnDef.meta?.label ?? search.sort.field,
    direction: t(search.sort.desc ? "sorting.descending" : "sorting.ascending"),
  };
  // Without JavaScript, the page size form repeats everything but the size; the page goes back to 1.
  const pageSizeForm = {
    action: contract.path,
    sizeName: "size",
    params: contract.serialize({ ...search, page: 1, size: contract.pageSizes[0] }),
  };
  return (
    <>
      {/* With no rows, the empty state lists the filters instead. */}
      {hasRows && <DataTableFilterChips label={t("filters.active")} chips={empty.chips} clear={empty.clear} />}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="flex items-center gap-2 text-sm font-medium">
          <span role="status">{count}</span>
          {isPending && (
            <span aria-hidden="true" className="animate-pulse text-muted-foreground">
              {t("updating")}
            </span>
          )}
        </p>
        {aside}
      </div>
      {hasRows ? (
        <>
          <DataTable table={table} caption={caption(sortedBy)} />
          <DataTablePagination table={table} pageSizes={contract.pageSizes} pageSizeForm={pageSizeForm} />
        </>
      ) : (
        <div aria-busy={isPending}>
          <DataTableEmpty {...empty} />
        </div>
      )}
    </>
  );
}
