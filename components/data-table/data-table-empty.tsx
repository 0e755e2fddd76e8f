// What a table shows when nothing matches: the filters that narrowed it down, each removable.
import { SearchXIcon } from "lucide-react";
import type { TableTranslator } from "./table-translator";
import { buttonVariants } from "@/components/ui/button";
import type { FilterChip } from "./filter-chips";

export interface DataTableEmptyProps {
  chips: readonly FilterChip[];
  clear: { label: string; href: string };
  /** The heading when filters are active ("No agreement matches") and when there is nothing at all. */
  title: string;
  nothingRecorded: string;
}

export function DataTableEmpty({ chips, clear, title, nothingRecorded, t }: DataTableEmptyProps & { t: TableTranslator }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-md border border-dashed px-6 py-10 text-center">
      <SearchXIcon aria-hidden="true" className="size-8 text-muted-foreground" />
      <h2 className="text-lg font-semibold">{chips.length > 0 ? title : nothingRecorded}</h2>
      {chips.length > 0 && (
        <>
          <p className="text-sm text-muted-foreground">{t("empty.body")}</p>
          <ul className="flex flex-col gap-1 text-sm">
            {chips.map((chip) => (
              <li key={chip.key}>
                <a href={chip.href} data-table-link="" className="text-primary underline-offset-4 hover:underline">
                  {chip.removeLabel}
                </a>
              </li>
            ))}
          </ul>
          <a href={clear.href} data-table-link="" className={buttonVariants({ variant: "outline", size: "sm" })}>
            {clear.label}
          </a>
        </>
      )}
    </div>
  );
}
