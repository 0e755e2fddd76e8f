"use client";
// The visits table screen, made of the same kit as the agreements table: toolbar, active filters, count,
// rows and pager, all in the URL (/visits?…, see lib/visits/search-params.ts).
import { useTranslations } from "next-intl";
import { DataTableNavigationProvider } from "@/components/data-table/data-table-navigation";
import { DataTableResults } from "@/components/data-table/data-table-results";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { useSearchNavigation, type SearchUrlContract } from "@/components/data-table/use-search-navigation";
import { useServerTable } from "@/components/data-table/use-server-table";
import { visitSearchFromHref, visitsHref, visitsPath } from "@/lib/visits/search-href";
import {
  maxYear,
  minYear,
  pageSizes,
  parseVisitSearch,
  serializeVisitSearch,
  visitSortFields,
  type VisitSearch,
} from "@/lib/visits/search-params";
import type { VisitRow, VisitTableData } from "@/lib/visits/table-types";
import { useVisitColumns } from "./visits-table-columns";
import { useVisitFilters } from "./use-visit-filters";

export interface VisitsTableProps {
  data: VisitTableData;
}

const getRowId = (row: VisitRow) => String(row.id);

const contract: SearchUrlContract<VisitSearch> = {
  href: visitsHref,
  fromHref: visitSearchFromHref,
  sortFields: visitSortFields,
  pageSizes,
};

export function VisitsTable({ data }: VisitsTableProps) {
  const t = useTranslations();
  const { search, navigate, navigation, isPending } = useSearchNavigation(data.search, contract);
  const columns = useVisitColumns();
  const { filters, chips, clear } = useVisitFilters(search, data);
  const table = useServerTable({
    search,
    navigation,
    columns,
    rows: data.rows,
    total: data.total,
    pageCount: data.pageCount,
    getRowId,
  });

  const sortedBy = table.getColumn(search.sort.field)?.columnDef.meta?.label ?? search.sort.field;
  const caption = t("visitsTable.caption", {
    column: sortedBy,
    direction: t(search.sort.desc ? "table.sorting.descending" : "table.sorting.ascending"),
  });

  return (
    <DataTableNavigationProvider value={navigation}>
      <div className="flex flex-col gap-4">
        <DataTableToolbar
          action={visitsPath}
          search={search}
          kept={serializeVisitSearch({ sort: search.sort, size: search.size })}
          parse={parseVisitSearch}
          onSearch={navigate}
          filters={filters}
          text={{
            id: "visits-search",
            label: t("visitsTable.search.label"),
            placeholder: t("visitsTable.search.placeholder"),
          }}
          label={t("visitsTable.search.form")}
          years={{ title: t("visitsTable.filters.years.title"), min: minYear, max: maxYear }}
        />
        <DataTableResults
          table={table}
          caption={caption}
          count={t("visits.count", { count: data.total })}
          isPending={isPending}
          empty={{
            chips,
            clear,
            title: t("visitsTable.empty.title"),
            nothingRecorded: t("visitsTable.empty.nothingRecorded"),
          }}
          pageSizes={pageSizes}
          // Without JavaScript, the page size form repeats everything but the size; the page goes back to 1.
          pageSizeForm={{
            action: visitsPath,
            sizeName: "size",
            params: serializeVisitSearch({ ...search, page: 1, size: pageSizes[0] }),
          }}
        />
      </div>
    </DataTableNavigationProvider>
  );
}
