"use client";
// The page size: a <select> that applies at once with JavaScript, and a GET form with an Apply button
// without it. The form repeats the table's other parameters so a new size keeps the search and sort.
import { useId } from "react";
import { useTranslations } from "next-intl";
import type { RowData } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import type { DataTableInstance } from "./data-table-features";

export interface DataTablePageSizeProps<TData extends RowData> {
  table: DataTableInstance<TData>;
  pageSizes: readonly number[];
  form: { action: string; sizeName: string; params: URLSearchParams };
}

export function DataTablePageSize<TData extends RowData>({ table, pageSizes, form }: DataTablePageSizeProps<TData>) {
  const t = useTranslations("table.pagination");
  const id = useId();
  return (
    <form action={form.action} method="get" className="flex items-center gap-2" onSubmit={(event) => event.preventDefault()}>
      {[...form.params].map(([name, value], index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a parameter may repeat (domain=a&domain=b); its place in the list is its identity.
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id} className="text-sm">
        {t("pageSize")}
      </label>
      <NativeSelect
        id={id}
        name={form.sizeName}
        value={table.state.pagination.pageSize}
        onChange={(event) => table.setPagination({ pageIndex: 0, pageSize: Number(event.target.value) })}
      >
        {pageSizes.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </NativeSelect>
      <noscript>
        <Button type="submit" variant="outline" size="sm">
          {t("apply")}
        </Button>
      </noscript>
    </form>
  );
}
