"use client";
// A "from / to" pair of number fields in a popover, submitted with the surrounding form.
import { useId } from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DisclosurePopover } from "@/components/ui/disclosure-popover";
import { Input } from "@/components/ui/input";

export interface RangeBound {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}

export interface DataTableRangeFilterProps {
  title: string;
  from: RangeBound;
  to: RangeBound;
  min: number;
  max: number;
  description?: string;
}

export function DataTableRangeFilter({ title, from, to, min, max, description }: DataTableRangeFilterProps) {
  const t = useTranslations("table.facetedFilter");
  const id = useId();
  const active = [from, to].filter((bound) => bound.value !== "").length;
  return (
    <DisclosurePopover
      panelClassName="w-64"
      trigger={
        <>
          {title}
          {active > 0 && (
            <Badge variant="muted" className="rounded-sm px-1.5">
              <span aria-hidden="true">{active}</span>
              <span className="sr-only">{t("selected", { count: active })}</span>
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
        <div className="grid grid-cols-2 gap-2">
          {[from, to].map((bound) => (
            <div key={bound.name} className="flex flex-col gap-1">
              <label htmlFor={`${id}-${bound.name}`} className="text-sm">
                {bound.label}
              </label>
              <Input
                id={`${id}-${bound.name}`}
                type="number"
                inputMode="numeric"
                name={bound.name}
                min={min}
                max={max}
                step={1}
                value={bound.value}
                onChange={(event) => bound.onChange(event.target.value)}
                className="h-8"
              />
            </div>
          ))}
        </div>
      </fieldset>
    </DisclosurePopover>
  );
}
