// The shell every toolbar filter shares: a <details> whose summary names the filter with how many values are
// chosen, and whose panel holds a fieldset (legend and description say what the filter does). Its fields are in
// the page even without JavaScript, so they belong to the surrounding form; with it, TableEnhancer closes the
// panel on Escape (focus back on the summary), on a click outside and when focus leaves it. On a narrow screen the
// panel is a sheet across the foot of the screen, over a dimmed page, and ends with the filter's `footer` (the
// button that shows the results), since there is no room beside it to see the table change.
import type { ReactNode } from "react";
import { ChevronDownIcon } from "lucide-react";
import type { TableTranslator } from "./table-translator";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export interface DataTableFilterPopoverProps {
  id: string;
  title: ReactNode;
  activeCount: number;
  description?: string;
  /** Where the panel opens: under the summary, from its start (filters) or its end (the last menu of a row). */
  align?: "start" | "end";
  panelClassName?: string;
  /** Shown under the fields on a narrow screen only, where the panel covers the table. */
  footer?: ReactNode;
  children: ReactNode;
  t: TableTranslator;
}

export function DataTableFilterPopover({
  id,
  title,
  activeCount,
  description,
  align = "start",
  panelClassName,
  footer,
  children,
  t,
}: DataTableFilterPopoverProps) {
  return (
    <details data-popover="" className="group relative">
      <summary
        className={cn(
          buttonVariants({ variant: "outline", size: "sm" }),
          "cursor-pointer list-none border-dashed [&::-webkit-details-marker]:hidden",
        )}
      >
        {title}
        {activeCount > 0 && (
          <Badge variant="muted" className="rounded-sm px-1.5">
            <span aria-hidden="true">{activeCount}</span>
            <span className="sr-only">{t("facetedFilter.selected", { count: activeCount })}</span>
          </Badge>
        )}
        <ChevronDownIcon aria-hidden="true" className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      <div data-popover-backdrop="" aria-hidden="true" className="fixed inset-0 z-40 hidden bg-black/40 max-sm:group-open:block" />
      <div
        className={cn(
          "absolute top-full z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-md border bg-background p-3 shadow-md",
          align === "end" ? "end-0" : "start-0",
          panelClassName,
          "max-sm:fixed max-sm:inset-x-0 max-sm:top-auto max-sm:bottom-0 max-sm:z-50 max-sm:mt-0 max-sm:max-h-[80dvh] max-sm:w-auto max-sm:max-w-none max-sm:overflow-y-auto max-sm:rounded-b-none max-sm:rounded-t-xl max-sm:p-4 max-sm:shadow-2xl",
        )}
      >
        <fieldset aria-describedby={description ? `${id}-description` : undefined}>
          <legend className="mb-1 text-sm font-medium">{title}</legend>
          {description && (
            <p id={`${id}-description`} className="mb-2 text-xs text-muted-foreground">
              {description}
            </p>
          )}
          {children}
        </fieldset>
        {footer && <div className="mt-4 sm:hidden">{footer}</div>}
      </div>
    </details>
  );
}

/** The sheet's footer on a narrow screen: sends the toolbar's form, which the panel's fields belong to. */
export function ShowResultsButton({ t }: { t: TableTranslator }) {
  return (
    <Button type="submit" className="w-full">
      {t("filters.showResults")}
    </Button>
  );
}
