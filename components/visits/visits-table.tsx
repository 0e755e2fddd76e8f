"use client";
// The visits table screen, made of the same kit as the agreements table: toolbar, active filters, count,
// rows and pager, all in the URL (/visits?…, see lib/visits/search-params.ts).
import { useTranslations } from "next-intl";
import { DataTableNavigationProvider } from "@/components/data-table/data-table-navigation";
import { DataTableResults } from "@/components/data-table/data-table-results";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { useColumnVisibilityCookie } from "@/components/data-table/use-column-visibility-cookie";
import { useSearchNavigation, type SearchUrlContract } from "@/components/data-table/use-search-navigation";
import { useServerTable } from "@/components/data-table/use-server-table";
import { columnPreferences } from "@/lib/visits/column-preferences";
import { visitsHref, visitsPath } from "@/lib/visits/search-href";
import { maxYear, minYear, pageSizes, serializeVisitSearch, sortFields, type VisitSearch } from "@/lib/visits/search-params";
import type { VisitRow, VisitTableData } from "@/lib/visits/table-types";
import { useVisitColumns } from "./visits-table-columns";
import { useVisitFilters } from "./use-visit-filters";

export interface VisitsTableProps {
  data: VisitTableData;
  hiddenColumns: readonly string[];
}

const getRowId = (row: VisitRow) => String(row.id);

const contract: SearchUrlContract<VisitSearch> = {
  path: visitsPath,
  href: visitsHref,
  serialize: serializeVisitSearch,
  sortFields,
  pageSizes,
};

export function VisitsTable({ data, hiddenColumns }: VisitsTableProps) {
  const t = useTranslations();
  const { search, navigate, navigation, isPending } = useSearchNavigation(data.search, contract);
  const columns = useVisitColumns();
  const [columnVisibility, onColumnVisibilityChange] = useColumnVisibilityCookie(hiddenColumns, columnPreferences.toCookie);
  const { filters, chips, clear } = useVisitFilters(search, data);
  const table = useServerTable({
    search,
    navigation,
    columns,
    page: data,
    getRowId,
    columnVisibility,
    onColumnVisibilityChange,
  });

  return (
    <DataTableNavigationProvider value={navigation}>
      <div className="flex flex-col gap-4">
        <DataTableToolbar
          contract={contract}
          search={search}
          onSearch={navigate}
          filters={filters}
          text={{
            id: "visits-search",
            label: t("visitsTable.search.label"),
            placeholder: t("visitsTable.search.placeholder"),
          }}
          label={t("visitsTable.search.form")}
          years={{ title: t("visitsTable.filters.years.title"), min: minYear, max: maxYear }}
          actions={<DataTableViewOptions table={table} />}
        />
        <DataTableResults
          table={table}
          contract={contract}
          search={search}
          caption={(sortedBy) => t("visitsTable.caption", sortedBy)}
          count={t("visits.count", { count: data.total })}
          isPending={isPending}
          empty={{
            chips,
            clear,
            title: t("visitsTable.empty.title"),
            nothingRecorded: t("visitsTable.empty.nothingRecorded"),
          }}
        />
      </div>
    </DataTableNavigationProvider>
  );
}
