// The columns of the visits table, rendered on the server. Their ids are the sort fields of the URL contract where
// one exists.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { createColumnHelper } from "@tanstack/table-core";
import type { DataTableFeatures } from "@/components/data-table/server-table";
import { NotRecorded } from "@/components/data-table/not-recorded";
import { Badge } from "@/components/ui/badge";
import { sortFields } from "@/lib/visits/search-params";
import type { VisitColumnId, VisitRow } from "@/lib/visits/table-types";

const helper = createColumnHelper<DataTableFeatures, VisitRow>();

const sortable = (id: VisitColumnId) => (sortFields as readonly string[]).includes(id);

export async function visitColumns() {
  const t = await getTranslations();
  const common = (id: VisitColumnId) => ({
    id,
    enableSorting: sortable(id),
    // Ascending on the first click, whatever the values on screen (TanStack guesses from them otherwise).
    sortDescFirst: false,
    meta: { label: t(`visitsTable.columns.${id}`) },
  });
  const none = <NotRecorded label={t("table.notRecorded")} />;
  return helper.columns([
    helper.accessor("official", {
      ...common("official"),
      enableHiding: false,
      cell: ({ row }) => (
        <div className="flex w-40 flex-col sm:w-auto sm:min-w-48">
          <Link href={`/visits/${row.original.slug}`} prefetch={false} className="font-medium text-primary hover:underline">
            {row.original.official}
          </Link>
          {row.original.officialTitle && (
            <span lang={row.original.officialTitle.lang} className="text-xs text-muted-foreground">
              {row.original.officialTitle.text}
            </span>
          )}
        </div>
      ),
    }),
    helper.accessor((row) => row.visitor.name, { ...common("visitor") }),
    helper.accessor((row) => row.host.name, { ...common("host") }),
    helper.accessor("startOn", {
      ...common("startOn"),
      // Newest first is what a reader usually wants on the first click.
      sortDescFirst: true,
      cell: ({ row }) =>
        row.original.startOn && row.original.datesLabel ? (
          <time dateTime={row.original.startOn} className="whitespace-nowrap">
            {row.original.datesLabel}
          </time>
        ) : (
          none
        ),
    }),
    helper.accessor("city", { ...common("city"), cell: ({ getValue }) => getValue() ?? none }),
    helper.accessor("kind", {
      ...common("kind"),
      cell: ({ getValue }) => <Badge variant="outline">{t(`visitKind.${getValue()}`)}</Badge>,
    }),
    helper.accessor("agreementCount", {
      ...common("agreements"),
      cell: ({ getValue }) => <span className="tabular-nums">{getValue()}</span>,
    }),
  ]);
}
