"use client";
// Show or hide columns. The menu keeps focus inside while open, closes on Escape and returns focus.
import { Settings2Icon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { RowData } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { DataTableInstance } from "./data-table-features";

export function DataTableViewOptions<TData extends RowData>({ table }: { table: DataTableInstance<TData> }) {
  const t = useTranslations("table.viewOptions");
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  // Not modal: a modal menu hides the rest of the page with aria-hidden while focusable parts remain in it.
  // Hidden without JavaScript, since the choice is stored by script and the button would do nothing.
  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className="noscript:hidden">
          <Settings2Icon aria-hidden="true" className="size-4" />
          {t("trigger")}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{t("label")}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {columns.map((column) => (
          <DropdownMenuCheckboxItem
            key={column.id}
            checked={column.getIsVisible()}
            onCheckedChange={(checked) => column.toggleVisibility(checked === true)}
            // Keep the menu open, so several columns can be toggled in a row.
            onSelect={(event) => event.preventDefault()}
          >
            {column.columnDef.meta?.label ?? column.id}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
