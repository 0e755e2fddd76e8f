// The columns of the agreements table, rendered on the server. Their ids are the sort fields of the URL contract
// where one exists, and the ids kept in the hidden-columns cookie.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { createColumnHelper } from "@tanstack/table-core";
import type { DataTableFeatures } from "@/components/data-table/server-table";
import { NotRecorded } from "@/components/data-table/not-recorded";
import { Badge } from "@/components/ui/badge";
import { sortFields } from "@/lib/agreements/search-params";
import type { AgreementColumnId, AgreementRow } from "@/lib/agreements/table-types";

const helper = createColumnHelper<DataTableFeatures, AgreementRow>();

const sortable = (id: AgreementColumnId) => (sortFields as readonly string[]).includes(id);

export async function agreementColumns() {
  const t = await getTranslations();
  const common = (id: AgreementColumnId) => ({
    id,
    enableSorting: sortable(id),
    meta: { label: t(`table.columns.${id}`) },
  });
  const none = <NotRecorded label={t("table.notRecorded")} />;
  return helper.columns([
    helper.accessor("title", {
      ...common("title"),
      enableHiding: false,
      cell: ({ row }) => (
        <div className="flex w-40 flex-col sm:w-auto sm:min-w-48">
          <Link
            href={`/agreements/${row.original.slug}`}
            prefetch={false}
            lang={row.original.titleLang}
            className="font-medium text-primary hover:underline"
          >
            {row.original.title}
          </Link>
          {row.original.shortName && <span className="text-xs text-muted-foreground">{row.original.shortName}</span>}
        </div>
      ),
    }),
    helper.accessor("form", { ...common("form"), cell: ({ getValue }) => t(`form.${getValue()}`) }),
    helper.accessor("parties", {
      ...common("parties"),
      cell: ({ getValue }) => (
        <ul className="min-w-32">
          {getValue().map((party) => (
            <li key={party.code}>{party.name}</li>
          ))}
        </ul>
      ),
    }),
    helper.accessor("signedOn", {
      ...common("signedOn"),
      // Newest first is what a reader of agreements usually wants on the first click.
      sortDescFirst: true,
      cell: ({ row }) =>
        row.original.signedOn && row.original.signedOnLabel ? (
          <time dateTime={row.original.signedOn} className="whitespace-nowrap">
            {row.original.signedOnLabel}
          </time>
        ) : (
          none
        ),
    }),
    helper.accessor("place", { ...common("place"), cell: ({ getValue }) => getValue() ?? none }),
    helper.accessor("status", {
      ...common("status"),
      cell: ({ getValue }) => <Badge variant="outline">{t(`status.${getValue()}`)}</Badge>,
    }),
    helper.accessor("domains", {
      ...common("domains"),
      cell: ({ getValue }) =>
        getValue().length === 0 ? (
          none
        ) : (
          <ul className="flex min-w-36 flex-wrap gap-1">
            {getValue().map((domain) => (
              <li key={domain.slug}>
                <Badge>{domain.name}</Badge>
              </li>
            ))}
          </ul>
        ),
    }),
    helper.accessor("visit", {
      ...common("visit"),
      cell: ({ getValue }) => {
        const visit = getValue();
        return visit ? (
          <Link href={`/visits/${visit.slug}`} prefetch={false} className="text-primary hover:underline">
            {visit.label}
          </Link>
        ) : (
          none
        );
      },
    }),
  ]);
}
