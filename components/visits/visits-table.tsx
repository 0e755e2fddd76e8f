// The visits table screen, made of the same kit as the agreements table and rendered on the server: toolbar,
// active filters, count, rows and pager, all in the URL (/visits?…, see lib/visits/search-params.ts).
import { getTranslations } from "next-intl/server";
import { DataTableScreen } from "@/components/data-table/data-table-screen";
import { visitsHref, visitsPath } from "@/lib/visits/search-href";
import { maxYear, minYear, pageSizes, serializeVisitSearch } from "@/lib/visits/search-params";
import type { VisitRow, VisitTableData } from "@/lib/visits/table-types";
import { visitFilters } from "./visit-filters";
import { visitColumns } from "./visits-table-columns";

export type VisitsTableProps = Awaited<ReturnType<typeof loadVisitsTable>>;

const getRowId = (row: VisitRow) => String(row.id);

const contract = { path: visitsPath, href: visitsHref, serialize: serializeVisitSearch, pageSizes };

/** What the screen needs, awaited by the page, so that the screen draws synchronously (see agreements-table.tsx). */
export async function loadVisitsTable(data: VisitTableData, hiddenColumns: readonly string[]) {
  const [t, tTable, columns, { filters, chips }] = await Promise.all([
    getTranslations(),
    getTranslations("table"),
    visitColumns(),
    visitFilters(data.search, data),
  ]);
  return { data, hiddenColumns, t, tTable, columns, filters, chips };
}

export function VisitsTable({ data, hiddenColumns, t, tTable, columns, filters, chips }: VisitsTableProps) {
  return (
    <DataTableScreen
      id="visits"
      contract={contract}
      search={data.search}
      page={data}
      columns={columns}
      getRowId={getRowId}
      hiddenColumns={hiddenColumns}
      filters={filters}
      chips={chips}
      text={{
        form: t("visitsTable.search.form"),
        label: t("visitsTable.search.label"),
        placeholder: t("visitsTable.search.placeholder"),
        years: { title: t("visitsTable.filters.years.title"), min: minYear, max: maxYear },
        caption: (sortedBy) => t("visitsTable.caption", sortedBy),
        count: t("visits.count", { count: data.total }),
        emptyTitle: t("visitsTable.empty.title"),
        nothingRecorded: t("visitsTable.empty.nothingRecorded"),
      }}
      t={tTable}
    />
  );
}
