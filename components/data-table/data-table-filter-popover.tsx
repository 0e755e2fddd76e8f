// The shell every toolbar filter shares: a <details> whose summary names the filter with how many values are
// chosen, and whose panel holds a fieldset (legend and description say what the filter does). Its fields are in
// the page even without JavaScript, so they belong to the surrounding form; with it, TableEnhancer closes the
// panel on Escape (focus back on the summary), on a click outside and when focus leaves it.
import type { ReactNode } from "react";
import { ChevronDownIcon } from "lucide-react";
import type { TableTranslator } from "./table-translator";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export interface DataTableFilterPopoverProps {
  id: string;
  title: ReactNode;
  activeCount: number;
  description?: string;
  /** Where the panel opens: under the summary, from its start (filters) or its end (the last menu of a row). */
  align?: "start" | "end";
  panelClassName?: string;
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
      <div
        className={cn(
          "absolute top-full z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-md border bg-background p-3 shadow-md",
          align === "end" ? "right-0" : "left-0",
          panelClassName,
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
      </div>
    </details>
  );
}
