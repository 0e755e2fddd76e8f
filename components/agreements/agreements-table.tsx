"use client";
// The agreements table screen: toolbar, active filters, count, rows and pager. The server has already
// searched, sorted and paged; TanStack Table holds that state (manual mode) and each change is a navigation.
import { useTranslations } from "next-intl";
import { DataTableNavigationProvider } from "@/components/data-table/data-table-navigation";
import { DataTableResults } from "@/components/data-table/data-table-results";
import { DataTableToolbar } from "@/components/data-table/data-table-toolbar";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { useColumnVisibilityCookie } from "@/components/data-table/use-column-visibility-cookie";
import { useSearchNavigation, type SearchUrlContract } from "@/components/data-table/use-search-navigation";
import { useServerTable } from "@/components/data-table/use-server-table";
import { hiddenColumnsCookie } from "@/lib/agreements/column-preferences";
import { agreementsHref, agreementsPath, searchFromHref } from "@/lib/agreements/search-href";
import {
  maxYear,
  minYear,
  pageSizes,
  parseAgreementSearch,
  serializeAgreementSearch,
  sortFields,
  type AgreementSearch,
} from "@/lib/agreements/search-params";
import type { AgreementRow, AgreementTableData } from "@/lib/agreements/table-types";
import { AgreementsExportLinks } from "./agreements-export-links";
import { useAgreementColumns } from "./agreements-table-columns";
import { useAgreementFilters } from "./use-agreement-filters";

export interface AgreementsTableProps {
  data: AgreementTableData;
  hiddenColumns: readonly string[];
}

const getRowId = (row: AgreementRow) => String(row.id);

const contract: SearchUrlContract<AgreementSearch> = { href: agreementsHref, fromHref: searchFromHref, sortFields, pageSizes };

export function AgreementsTable({ data, hiddenColumns }: AgreementsTableProps) {
  const t = useTranslations("table");
  const tAgreements = useTranslations("agreements");
  const { search, navigate, navigation, isPending } = useSearchNavigation(data.search, contract);
  const columns = useAgreementColumns();
  const [columnVisibility, onColumnVisibilityChange] = useColumnVisibilityCookie(hiddenColumns, hiddenColumnsCookie);
  const { filters, chips, clear } = useAgreementFilters(search, data);
  const table = useServerTable({
    search,
    navigation,
    columns,
    rows: data.rows,
    total: data.total,
    pageCount: data.pageCount,
    getRowId,
    columnVisibility,
    onColumnVisibilityChange,
  });

  const sortedBy = table.getColumn(search.sort.field)?.columnDef.meta?.label ?? search.sort.field;
  const caption = t("caption", {
    column: sortedBy,
    direction: t(search.sort.desc ? "sorting.descending" : "sorting.ascending"),
  });

  return (
    <DataTableNavigationProvider value={navigation}>
      <div className="flex flex-col gap-4">
        <DataTableToolbar
          action={agreementsPath}
          search={search}
          kept={serializeAgreementSearch({ sort: search.sort, size: search.size })}
          parse={parseAgreementSearch}
          onSearch={navigate}
          filters={filters}
          text={{ id: "agreements-search", label: t("search.label"), placeholder: t("search.placeholder") }}
          label={t("search.form")}
          years={{ title: t("filters.years.title"), min: minYear, max: maxYear }}
          actions={<DataTableViewOptions table={table} />}
        />
        <DataTableResults
          table={table}
          caption={caption}
          count={tAgreements("count", { count: data.total })}
          isPending={isPending}
          empty={{ chips, clear, title: t("empty.title"), nothingRecorded: t("empty.nothingRecorded") }}
          pageSizes={pageSizes}
          // Without JavaScript, the page size form repeats everything but the size; the page goes back to 1.
          pageSizeForm={{
            action: agreementsPath,
            sizeName: "size",
            params: serializeAgreementSearch({ ...search, page: 1, size: pageSizes[0] }),
          }}
          aside={<AgreementsExportLinks search={search} />}
        />
      </div>
    </DataTableNavigationProvider>
  );
}
