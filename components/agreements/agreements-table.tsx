// The agreements table screen, rendered on the server: toolbar, active filters, count, rows and pager. The server
// has already searched, sorted and paged; every change is a navigation to the new address.
import { getTranslations } from "next-intl/server";
import { DataTableScreen } from "@/components/data-table/data-table-screen";
import { agreementsHref, agreementsPath } from "@/lib/agreements/search-href";
import { maxYear, minYear, pageSizes, serializeAgreementSearch } from "@/lib/agreements/search-params";
import type { AgreementRow, AgreementTableData } from "@/lib/agreements/table-types";
import { agreementFilters } from "./agreement-filters";
import { AgreementsExportLinks } from "./agreements-export-links";
import { agreementColumns } from "./agreements-table-columns";

export interface AgreementsTableProps {
  data: AgreementTableData;
  hiddenColumns: readonly string[];
}

const getRowId = (row: AgreementRow) => String(row.id);

const contract = { path: agreementsPath, href: agreementsHref, serialize: serializeAgreementSearch, pageSizes };

export async function AgreementsTable({ data, hiddenColumns }: AgreementsTableProps) {
  const [t, tAgreements, columns, { filters, chips }] = await Promise.all([
    getTranslations("table"),
    getTranslations("agreements"),
    agreementColumns(),
    agreementFilters(data.search, data),
  ]);
  return (
    <DataTableScreen
      id="agreements"
      contract={contract}
      search={data.search}
      page={data}
      columns={columns}
      getRowId={getRowId}
      hiddenColumns={hiddenColumns}
      filters={filters}
      chips={chips}
      text={{
        form: t("search.form"),
        label: t("search.label"),
        placeholder: t("search.placeholder"),
        years: { title: t("filters.years.title"), min: minYear, max: maxYear },
        caption: (sortedBy) => t("caption", sortedBy),
        count: tAgreements("count", { count: data.total }),
        emptyTitle: t("empty.title"),
        nothingRecorded: t("empty.nothingRecorded"),
      }}
      aside={<AgreementsExportLinks search={data.search} />}
    />
  );
}
