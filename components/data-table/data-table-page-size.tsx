// The page size: a GET form that repeats the table's other parameters (so a new size keeps the search and sort,
// from the first page), with an Apply button without JavaScript; with it, TableEnhancer applies a choice at once.
import type { TableTranslator } from "./table-translator";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";

export interface DataTablePageSizeProps {
  /** The table's address without a query. */
  action: string;
  /** The table's other parameters, page and size left out. */
  params: URLSearchParams;
  size: number;
  sizes: readonly number[];
  id: string;
  t: TableTranslator;
}

export function DataTablePageSize({ action, params, size, sizes, id, t }: DataTablePageSizeProps) {
  return (
    <form action={action} method="get" data-table-search="" className="flex items-center gap-2">
      {[...params].map(([name, value], index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a parameter may repeat (domain=a&domain=b); its place in the list is its identity.
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id} className="text-sm">
        {t("pagination.pageSize")}
      </label>
      <NativeSelect id={id} name="size" defaultValue={size}>
        {sizes.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </NativeSelect>
      <noscript>
        <Button type="submit" variant="outline" size="sm">
          {t("pagination.apply")}
        </Button>
      </noscript>
    </form>
  );
}
