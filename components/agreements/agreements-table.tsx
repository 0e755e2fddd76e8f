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
import { columnPreferences } from "@/lib/agreements/column-preferences";
import { agreementsHref, agreementsPath } from "@/lib/agreements/search-href";
import { maxYear, minYear, pageSizes, serializeAgreementSearch, sortFields, type AgreementSearch } from "@/lib/agreements/search-params";
import type { AgreementRow, AgreementTableData } from "@/lib/agreements/table-types";
import { AgreementsExportLinks } from "./agreements-export-links";
import { useAgreementColumns } from "./agreements-table-columns";
import { useAgreementFilters } from "./use-agreement-filters";

export interface AgreementsTableProps {
  data: AgreementTableData;
  hiddenColumns: readonly string[];
}

const getRowId = (row: AgreementRow) => String(row.id);

const contract: SearchUrlContract<AgreementSearch> = {
  path: agreementsPath,
  href: agreementsHref,
  serialize: serializeAgreementSearch,
  sortFields,
  pageSizes,
};

export function AgreementsTable({ data, hiddenColumns }: AgreementsTableProps) {
  const t = useTranslations("table");
  const tAgreements = useTranslations("agreements");
  const { search, navigate, navigation, isPending } = useSearchNavigation(data.search, contract);
  const columns = useAgreementColumns();
  const [columnVisibility, onColumnVisibilityChange] = useColumnVisibilityCookie(hiddenColumns, columnPreferences.toCookie);
  const { filters, chips, clear } = useAgreementFilters(search, data);
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
          text={{ id: "agreements-search", label: t("search.label"), placeholder: t("search.placeholder") }}
          label={t("search.form")}
          years={{ title: t("filters.years.title"), min: minYear, max: maxYear }}
          actions={<DataTableViewOptions table={table} />}
        />
        <DataTableResults
          table={table}
          contract={contract}
          search={search}
          caption={(sortedBy) => t("caption", sortedBy)}
          count={tAgreements("count", { count: data.total })}
          isPending={isPending}
          empty={{ chips, clear, title: t("empty.title"), nothingRecorded: t("empty.nothingRecorded") }}
          aside={<AgreementsExportLinks search={search} />}
        />
      </div>
    </DataTableNavigationProvider>
  );
}
