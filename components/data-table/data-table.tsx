"use client";
// The table itself: semantic markup for the rows a server page sent. The first column names each row, so its
// cells are row headers. While the next rows load, the region is marked busy and the old rows fade.
import { useId, type ReactNode } from "react";
import type { RowData } from "@tanstack/react-table";
import { cn } from "@/lib/utils";
import type { DataTableInstance } from "./data-table-features";
import { useDataTableNavigation } from "./data-table-navigation";

export interface DataTableProps<TData extends RowData> {
  table: DataTableInstance<TData>;
  caption: ReactNode;
  className?: string;
}

const ariaSort = { asc: "ascending", desc: "descending" } as const;

export function DataTable<TData extends RowData>({ table, caption, className }: DataTableProps<TData>) {
  const { isPending } = useDataTableNavigation();
  const captionId = useId();
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      aria-busy={isPending}
      // Focusable so keyboard users can scroll the table sideways on narrow screens.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus (axe: scrollable-region-focusable).
      tabIndex={0}
      className={cn("overflow-x-auto rounded-md border transition-opacity", isPending && "opacity-60", className)}
    >
      <table className="w-full text-sm">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead className="bg-muted/60">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    colSpan={header.colSpan > 1 ? header.colSpan : undefined}
                    aria-sort={sorted ? ariaSort[sorted] : undefined}
                    className="h-10 whitespace-nowrap px-2 text-left first:pl-3 align-middle font-medium"
                  >
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
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
                  <th key={cell.id} scope="row" className="py-2 pl-3 pr-2 text-left align-top font-normal">
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id} className="px-2 py-2 align-top">
                    <table.FlexRender cell={cell} />
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
