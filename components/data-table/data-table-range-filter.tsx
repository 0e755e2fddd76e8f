"use client";
// A "from / to" pair of number fields in a popover, submitted with the surrounding form.
import { useId } from "react";
import { DataTableFilterPopover } from "./data-table-filter-popover";
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
  const id = useId();
  const active = [from, to].filter((bound) => bound.value !== "").length;
  return (
    <DataTableFilterPopover title={title} activeCount={active} description={description} panelClassName="w-64">
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
    </DataTableFilterPopover>
  );
}
