// Show or hide columns: a panel of checkboxes that sends the shown columns to setShownColumns, which remembers
// them in a cookie and draws the table again. Without JavaScript it has an Apply button; with it,
// TableEnhancer sends each change at once and the panel stays open for the next one.
import { Settings2Icon } from "lucide-react";
import type { TableTranslator } from "./table-translator";
import type { RowData } from "@tanstack/table-core";
import { Button } from "@/components/ui/button";
import { setShownColumns } from "@/lib/tables/actions";
import { DataTableFilterPopover } from "./data-table-filter-popover";
import { OptionCheckbox } from "./option-checkbox";
import type { DataTableInstance } from "./server-table";

export interface DataTableViewOptionsProps<TData extends RowData> {
  id: string;
  table: DataTableInstance<TData>;
  /** Which table's preference this is. */
  tableName: "agreements" | "visits";
  t: TableTranslator;
}

export function DataTableViewOptions<TData extends RowData>({ id, table, tableName, t }: DataTableViewOptionsProps<TData>) {
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  return (
    <DataTableFilterPopover
      t={t}
      id={id}
      align="end"
      activeCount={0}
      title={
        <>
          <Settings2Icon aria-hidden="true" className="size-4" />
          {t("viewOptions.trigger")}
        </>
      }
      description={t("viewOptions.label")}
    >
      <form action={setShownColumns} data-submit-on-change="">
        <input type="hidden" name="table" value={tableName} />
        <ul className="flex flex-col">
          {columns.map((column) => (
            <li key={column.id}>
              <OptionCheckbox
                id={`${id}-${column.id}`}
                name="shown"
                option={{ value: column.id, label: column.columnDef.meta?.label ?? column.id }}
                checked={column.getIsVisible()}
              />
            </li>
          ))}
        </ul>
        <noscript>
          <Button type="submit" variant="outline" size="sm" className="mt-2">
            {t("viewOptions.apply")}
          </Button>
        </noscript>
      </form>
    </DataTableFilterPopover>
  );
}
