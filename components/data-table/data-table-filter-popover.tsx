"use client";
// The shell every toolbar filter shares: a trigger naming the filter with how many values are chosen, and
// a popover holding a fieldset whose legend and description say what the filter does.
import type { ReactNode } from "react";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DisclosurePopover } from "@/components/ui/disclosure-popover";

export interface DataTableFilterPopoverProps {
  title: string;
  activeCount: number;
  description?: string;
  panelClassName?: string;
  onOpenChange?: (open: boolean) => void;
  children: ReactNode;
}

export function DataTableFilterPopover({
  title,
  activeCount,
  description,
  panelClassName,
  onOpenChange,
  children,
}: DataTableFilterPopoverProps) {
  const t = useTranslations("table.facetedFilter");
  const id = useId();
  return (
    <DisclosurePopover
      panelClassName={panelClassName}
      onOpenChange={onOpenChange}
      trigger={
        <>
          {title}
          {activeCount > 0 && (
            <Badge variant="muted" className="rounded-sm px-1.5">
              <span aria-hidden="true">{activeCount}</span>
              <span className="sr-only">{t("selected", { count: activeCount })}</span>
            </Badge>
          )}
        </>
      }
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
    </DisclosurePopover>
  );
}
