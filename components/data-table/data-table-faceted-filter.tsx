"use client";
// A multi-select filter: one checkbox per option, with how many rows each would match. The checkboxes are
// real form fields (named `name`), so the surrounding GET form submits them without JavaScript.
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { DataTableFilterPopover } from "./data-table-filter-popover";
import { Input } from "@/components/ui/input";
import { normalizeForMatch } from "./normalize-for-match";

export interface FacetedFilterOption {
  value: string;
  label: string;
  count?: number;
}

export interface DataTableFacetedFilterProps {
  name: string;
  title: string;
  options: readonly FacetedFilterOption[];
  selected: readonly string[];
  onSelectedChange: (selected: string[]) => void;
  description?: string;
  /** Add a box that narrows the list as one types, for long lists. */
  searchable?: boolean;
  searchLabel?: string;
}

export function DataTableFacetedFilter({
  name,
  title,
  options,
  selected,
  onSelectedChange,
  description,
  searchable = false,
  searchLabel,
}: DataTableFacetedFilterProps) {
  const t = useTranslations("table.facetedFilter");
  const id = useId();
  const [query, setQuery] = useState("");
  // A long list (every state of the world) would weigh on every page: it is drawn when first opened, and
  // sent as compact plain fields inside <noscript> for readers without JavaScript.
  const [opened, setOpened] = useState(!searchable);
  const findLabel = searchLabel ?? t("search", { filter: title });
  const chosen = new Set(selected);
  const needle = normalizeForMatch(query);
  // Chosen options stay listed while narrowing, so they can still be unchecked.
  const visible = new Set(
    needle ? options.filter((option) => chosen.has(option.value) || normalizeForMatch(option.label).includes(needle)) : options,
  );

  function toggle(value: string, checked: boolean) {
    onSelectedChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  }

  return (
    <DataTableFilterPopover
      title={title}
      activeCount={selected.length}
      description={description}
      onOpenChange={(open) => open && setOpened(true)}
    >
      {searchable && (
        <div className="mb-2">
          <label htmlFor={`${id}-search`} className="sr-only">
            {findLabel}
          </label>
          <Input
            id={`${id}-search`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={findLabel}
            autoComplete="off"
            className="h-8"
          />
        </div>
      )}
      <ul className="max-h-64 overflow-y-auto pr-1">
        {(opened ? options : options.filter((option) => chosen.has(option.value))).map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <li key={option.value} hidden={!visible.has(option)}>
              <label htmlFor={inputId} className="flex cursor-pointer items-center gap-2 rounded-sm px-1 py-1 text-sm hover:bg-accent">
                <input
                  id={inputId}
                  type="checkbox"
                  name={name}
                  value={option.value}
                  checked={chosen.has(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                  className="size-4 accent-primary"
                />
                <span className="flex-1">{option.label}</span>
                {option.count !== undefined && (
                  <span className="font-mono text-xs text-muted-foreground tabular-nums">
                    <span aria-hidden="true">{option.count}</span>
                    <span className="sr-only">{t("count", { count: option.count })}</span>
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      {!opened && (
        <noscript>
          <select name={name} multiple aria-label={title} className="h-48 w-full rounded-md border text-sm">
            {options
              .filter((option) => !chosen.has(option.value))
              .map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
          </select>
        </noscript>
      )}
      {visible.size === 0 && <p className="px-1 py-2 text-sm text-muted-foreground">{t("noMatch")}</p>}
    </DataTableFilterPopover>
  );
}
