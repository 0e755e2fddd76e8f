"use client";
// The agreements table screen: toolbar, active filters, count, rows and pager. The server has already
// searched, sorted and paged; TanStack Table holds that state (manual mode) and each change is a navigation.
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { functionalUpdate, useTable, type PaginationState, type SortingState } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableFeatures } from "@/components/data-table/data-table-features";
import { DataTableFilterChips } from "@/components/data-table/data-table-filter-chips";
import { DataTableNavigationProvider } from "@/components/data-table/data-table-navigation";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { useColumnVisibilityCookie } from "@/components/data-table/use-column-visibility-cookie";
import { hiddenColumnsCookie } from "@/lib/agreements/column-preferences";
import { agreementsPath } from "@/lib/agreements/search-href";
import { pageSizes, serializeAgreementSearch } from "@/lib/agreements/search-params";
import type { AgreementRow, AgreementTableData } from "@/lib/agreements/table-types";
import { AgreementsEmpty } from "./agreements-empty";
import { AgreementsExportLinks } from "./agreements-export-links";
import { useAgreementColumns } from "./agreements-table-columns";
import { AgreementsToolbar } from "./agreements-toolbar";
import { useAgreementFilters } from "./use-agreement-filters";
import { useAgreementSearchNavigation } from "./use-agreement-search-navigation";

export interface AgreementsTableProps {
  data: AgreementTableData;
  hiddenColumns: readonly string[];
}

const getRowId = (row: AgreementRow) => String(row.id);

export function AgreementsTable({ data, hiddenColumns }: AgreementsTableProps) {
  const t = useTranslations("table");
  const tAgreements = useTranslations("agreements");
  const { search, navigate, navigation, isPending } = useAgreementSearchNavigation(data.search);
  const columns = useAgreementColumns();
  const [columnVisibility, onColumnVisibilityChange] = useColumnVisibilityCookie(hiddenColumns, hiddenColumnsCookie);
  const { filters, chips, clear } = useAgreementFilters(search, data);

  const sorting = useMemo<SortingState>(() => [{ id: search.sort.field, desc: search.sort.desc }], [search.sort]);
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: search.page - 1, pageSize: search.size }),
    [search.page, search.size],
  );

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: data.rows,
    getRowId,
    state: { sorting, pagination, columnVisibility },
    onSortingChange: (updater) => navigation.navigate(navigation.hrefFor({ sorting: functionalUpdate(updater, sorting) })),
    onPaginationChange: (updater) =>
      navigation.navigate(navigation.hrefFor({ pagination: functionalUpdate(updater, pagination) })),
    onColumnVisibilityChange,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    rowCount: data.total,
    pageCount: data.pageCount,
  });

  const sortedBy = table.getColumn(search.sort.field)?.columnDef.meta?.label ?? search.sort.field;
  const caption = t("caption", {
    column: sortedBy,
    direction: t(search.sort.desc ? "sorting.descending" : "sorting.ascending"),
  });
  // Without JavaScript, the page size form repeats everything but the size; the page goes back to 1.
  const pageSizeParams = serializeAgreementSearch({ ...search, page: 1, size: pageSizes[0] });

  return (
    <DataTableNavigationProvider value={navigation}>
      <div className="flex flex-col gap-4">
        <AgreementsToolbar
          search={search}
          filters={filters}
          onSearch={navigate}
          actions={<DataTableViewOptions table={table} />}
        />
        {/* With no rows, the empty state lists the filters instead. */}
        {data.rows.length > 0 && <DataTableFilterChips label={t("filters.active")} chips={chips} clear={clear} />}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="flex items-center gap-2 text-sm font-medium">
            <span role="status">{tAgreements("count", { count: data.total })}</span>
            {isPending && (
              <span aria-hidden="true" className="animate-pulse text-muted-foreground">
                {t("updating")}
              </span>
            )}
          </p>
          <AgreementsExportLinks search={search} />
        </div>
        {data.rows.length === 0 ? (
          <div aria-busy={isPending}>
            <AgreementsEmpty chips={chips} clear={clear} />
          </div>
        ) : (
          <>
            <DataTable table={table} caption={caption} />
            <DataTablePagination
              table={table}
              pageSizes={pageSizes}
              pageSizeForm={{ action: agreementsPath, sizeName: "size", params: pageSizeParams }}
            />
          </>
        )}
      </div>
    </DataTableNavigationProvider>
  );
}
