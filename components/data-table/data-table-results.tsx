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
import { DataTablePagination, type DataTablePaginationProps } from "./data-table-pagination";

export interface DataTableResultsProps<TData extends RowData> {
  table: DataTableInstance<TData>;
  caption: ReactNode;
  /** "N agreements", announced as a status. */
  count: string;
  isPending: boolean;
  empty: DataTableEmptyProps;
  pageSizes: DataTablePaginationProps<TData>["pageSizes"];
  pageSizeForm: DataTablePaginationProps<TData>["pageSizeForm"];
  /** Shown on the count's line, at the end. */
  aside?: ReactNode;
}

export function DataTableResults<TData extends RowData>({
  table,
  caption,
  count,
  isPending,
  empty,
  pageSizes,
  pageSizeForm,
  aside,
}: DataTableResultsProps<TData>) {
  const t = useTranslations("table");
  const hasRows = table.getRowModel().rows.length > 0;
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
          <DataTable table={table} caption={caption} />
          <DataTablePagination table={table} pageSizes={pageSizes} pageSizeForm={pageSizeForm} />
        </>
      ) : (
        <div aria-busy={isPending}>
          <DataTableEmpty {...empty} />
        </div>
      )}
    </>
  );
}
