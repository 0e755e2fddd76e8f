// The table itself, rendered on the server: semantic markup for the rows of the page. The first column names each
// row, so its cells are row headers, and it stays in place when the table scrolls sideways (on a phone, in a
// narrower column), so a row can always be told. A sortable column's header is a link to the table sorted by it (it works
// without JavaScript); the <th> carries aria-sort and the link says which order it will apply. While the next rows
// load (TableEnhancer marks its wrapper), the rows fade.
import { ArrowDownIcon, ArrowUpIcon, ChevronsUpDownIcon } from "lucide-react";
import type { TableTranslator } from "./table-translator";
import type { RowData } from "@tanstack/table-core";
import { type DataTableInstance, renderCell } from "./server-table";

export interface DataTableProps<TData extends RowData> {
  table: DataTableInstance<TData>;
  caption: string;
  /** The address of the table sorted by this column, in this order (the page goes back to 1). */
  sortHref: (field: string, desc: boolean) => string;
  id: string;
  t: TableTranslator;
}

const ariaSort = { asc: "ascending", desc: "descending" } as const;

export function DataTable<TData extends RowData>({ table, caption, sortHref, id, t }: DataTableProps<TData>) {
  const captionId = `${id}-caption`;
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      // Focusable so keyboard users can scroll the table sideways on narrow screens.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus (axe: scrollable-region-focusable).
      tabIndex={0}
      className="relative overflow-x-auto rounded-md border transition-opacity group-data-[pending]/table:opacity-60"
    >
      <table className="w-full text-sm">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead className="bg-muted">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b">
              {group.headers.map((header) => {
                const column = header.column;
                const sorted = column.getIsSorted();
                const label = column.columnDef.meta?.label ?? column.id;
                const nextDesc = (column.getNextSortingOrder() || column.getFirstSortDir()) === "desc";
                const Icon = sorted === "asc" ? ArrowUpIcon : sorted === "desc" ? ArrowDownIcon : ChevronsUpDownIcon;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? ariaSort[sorted] : undefined}
                    className="h-10 whitespace-nowrap bg-muted px-2 text-start align-middle font-medium first:sticky first:start-0 first:z-[1] first:ps-3"
                  >
                    {column.getCanSort() ? (
                      <a
                        href={sortHref(column.id, nextDesc)}
                        data-table-link=""
                        className="-mx-2 inline-flex items-center gap-1 rounded-md px-2 py-1 hover:bg-accent hover:text-accent-foreground"
                      >
                        {label}
                        <span className="sr-only">, {t(nextDesc ? "sorting.sortDescending" : "sorting.sortAscending")}</span>
                        <Icon aria-hidden="true" className={sorted ? "size-3.5" : "size-3.5 text-muted-foreground"} />
                      </a>
                    ) : (
                      <span>{label}</span>
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="border-b last:border-0 hover:bg-muted/40">
              {row.getVisibleCells().map((cell, index) =>
                index === 0 ? (
                  <th
                    key={cell.id}
                    scope="row"
                    className="sticky start-0 z-[1] bg-background py-2 ps-3 pe-2 text-start align-top font-normal"
                  >
                    {renderCell(cell)}
                  </th>
                ) : (
                  <td key={cell.id} className="px-2 py-2 align-top">
                    {renderCell(cell)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
