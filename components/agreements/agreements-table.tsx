// The agreements table screen, rendered on the server: toolbar, active filters, count, rows and pager. The server
// has already searched, sorted and paged; every change is a navigation to the new address. The page awaits what the
// screen needs (loadAgreementsTable) and draws it synchronously, so the whole table is one piece of the server's
// stream (see components/data-table/table-translator.ts).
import { getTranslations } from "next-intl/server";
import { DataTableScreen } from "@/components/data-table/data-table-screen";
import { agreementsHref, agreementsPath } from "@/lib/agreements/search-href";
import { maxYear, minYear, pageSizes, serializeAgreementSearch } from "@/lib/agreements/search-params";
import type { AgreementRow, AgreementTableData } from "@/lib/agreements/table-types";
import { agreementFilters } from "./agreement-filters";
import { AgreementsExportLinks } from "./agreements-export-links";
import { agreementColumns } from "./agreements-table-columns";

export type AgreementsTableProps = Awaited<ReturnType<typeof loadAgreementsTable>>;

const getRowId = (row: AgreementRow) => String(row.id);

const contract = { path: agreementsPath, href: agreementsHref, serialize: serializeAgreementSearch, pageSizes };

export async function loadAgreementsTable(data: AgreementTableData, hiddenColumns: readonly string[]) {
  const [t, tAgreements, columns, { filters, chips }] = await Promise.all([
    getTranslations("table"),
    getTranslations("agreements"),
    agreementColumns(),
    agreementFilters(data.search, data),
  ]);
  return { data, hiddenColumns, t, count: tAgreements("count", { count: data.total }), columns, filters, chips };
}

export function AgreementsTable({ data, hiddenColumns, t, count, columns, filters, chips }: AgreementsTableProps) {
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
        years: {
          title: t("filters.years.title"),
          min: minYear,
          max: maxYear,
          option: { name: "undated", label: t("filters.years.keepUndated"), checked: data.search.undated },
        },
        caption: (sortedBy) => t("caption", sortedBy),
        count,
        emptyTitle: t("empty.title"),
        nothingRecorded: t("empty.nothingRecorded"),
      }}
      aside={<AgreementsExportLinks search={data.search} t={t} />}
      notice={
        data.undatedLeftOut > 0 && (
          <p className="rounded-md border border-amber-500 bg-amber-50 p-3 text-sm">
            {t("filters.years.undatedLeftOut", { count: data.undatedLeftOut })}{" "}
            <a
              href={agreementsHref({ ...data.search, undated: true, page: 1 })}
              data-table-link=""
              className="font-medium text-primary underline"
            >
              {t("filters.years.includeUndated", { count: data.undatedLeftOut })}
            </a>
          </p>
        )
      }
      t={t}
    />
  );
}
