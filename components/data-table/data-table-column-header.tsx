"use client";
// A column's header. A sortable one is a link to the table sorted by it (so it works without JavaScript);
// the <th> around it carries aria-sort, and the link says which order it will apply.
import { ArrowDownIcon, ArrowUpIcon, ChevronsUpDownIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Column, RowData } from "@tanstack/react-table";
import type { DataTableFeatures } from "./data-table-features";
import { DataTableLink, useDataTableNavigation } from "./data-table-navigation";

export interface DataTableColumnHeaderProps<TData extends RowData, TValue> {
  column: Column<DataTableFeatures, TData, TValue>;
  /** Defaults to the column's `meta.label`. */
  title?: string;
}

export function DataTableColumnHeader<TData extends RowData, TValue>({ column, title }: DataTableColumnHeaderProps<TData, TValue>) {
  const t = useTranslations("table.sorting");
  const { searchFor } = useDataTableNavigation();
  const label = title ?? column.columnDef.meta?.label ?? column.id;
  if (!column.getCanSort()) return <span>{label}</span>;

  const sorted = column.getIsSorted();
  const nextDesc = (column.getNextSortingOrder() || column.getFirstSortDir()) === "desc";
  const Icon = sorted === "asc" ? ArrowUpIcon : sorted === "desc" ? ArrowDownIcon : ChevronsUpDownIcon;
  return (
    <DataTableLink
      to={searchFor({ sorting: [{ id: column.id, desc: nextDesc }] })}
      className="-mx-2 inline-flex items-center gap-1 rounded-md px-2 py-1 hover:bg-accent hover:text-accent-foreground"
    >
      {label}
      <span className="sr-only">, {t(nextDesc ? "sortDescending" : "sortAscending")}</span>
      <Icon aria-hidden="true" className={sorted ? "size-3.5" : "size-3.5 text-muted-foreground"} />
    </DataTableLink>
  );
}
