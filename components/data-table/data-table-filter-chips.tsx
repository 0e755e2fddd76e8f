// The active filters, each a link to the table without it, and one link that clears them all.
import { XIcon } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import type { FilterChip } from "./filter-chips";

export interface DataTableFilterChipsProps {
  label: string;
  chips: readonly FilterChip[];
  clear: { label: string; href: string };
  className?: string;
}

export function DataTableFilterChips({ label, chips, clear, className }: DataTableFilterChipsProps) {
  if (chips.length === 0) return null;
  return (
    <div className={cn("flex flex-wrap items-center gap-2", className)}>
      <ul aria-label={label} className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <a
              href={chip.href}
              data-table-link=""
              aria-label={chip.removeLabel}
              className="inline-flex items-center gap-1 rounded-full border bg-accent py-0.5 ps-3 pe-2 text-xs font-medium text-accent-foreground hover:bg-accent/70"
            >
              {chip.label}
              <XIcon aria-hidden="true" className="size-3.5" />
            </a>
          </li>
        ))}
      </ul>
      <a href={clear.href} data-table-link="" className={cn(buttonVariants({ variant: "link", size: "sm" }), "h-auto px-1")}>
        {clear.label}
      </a>
    </div>
  );
}
