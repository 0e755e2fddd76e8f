"use client";
// The active filters, each a link to the table without it, and one link that clears them all.
import { XIcon } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { DataTableLink } from "./data-table-navigation";
import type { PagedSearch } from "./use-search-navigation";

export interface FilterChip {
  key: string;
  label: string;
  /** What a screen reader hears for the link, e.g. "Remove filter: Party: Morocco". */
  removeLabel: string;
  /** The table's search without this filter. */
  to: PagedSearch;
}

export interface DataTableFilterChipsProps {
  label: string;
  chips: readonly FilterChip[];
  clear: { label: string; to: PagedSearch };
  className?: string;
}

export function DataTableFilterChips({ label, chips, clear, className }: DataTableFilterChipsProps) {
  if (chips.length === 0) return null;
  return (
    <div className={cn("flex flex-wrap items-center gap-2", className)}>
      <ul aria-label={label} className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <DataTableLink
              to={chip.to}
              aria-label={chip.removeLabel}
              className="inline-flex items-center gap-1 rounded-full border bg-accent py-0.5 pl-3 pr-2 text-xs font-medium text-accent-foreground hover:bg-accent/70"
            >
              {chip.label}
              <XIcon aria-hidden="true" className="size-3.5" />
            </DataTableLink>
          </li>
        ))}
      </ul>
      <DataTableLink to={clear.to} className={cn(buttonVariants({ variant: "link", size: "sm" }), "h-auto px-1")}>
        {clear.label}
      </DataTableLink>
    </div>
  );
}
