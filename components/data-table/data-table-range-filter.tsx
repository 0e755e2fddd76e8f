// A "from / to" pair of year fields in a popover, submitted with the surrounding form.
import { DataTableFilterPopover, ShowResultsButton } from "./data-table-filter-popover";
import type { TableTranslator } from "./table-translator";

export interface RangeBound {
  name: string;
  label: string;
  value: number | null;
}

export interface DataTableRangeFilterProps {
  id: string;
  title: string;
  from: RangeBound;
  to: RangeBound;
  min: number;
  max: number;
  description?: string;
  /** A box ticked to widen the range's meaning (the agreements' "keep those without a known date"). */
  option?: { name: string; label: string; checked: boolean };
  t: TableTranslator;
}

export function DataTableRangeFilter({ id, title, from, to, min, max, description, option, t }: DataTableRangeFilterProps) {
  const active = [from, to].filter((bound) => bound.value !== null).length;
  return (
    <DataTableFilterPopover
      t={t}
      id={id}
      title={title}
      activeCount={active}
      description={description}
      panelClassName="w-64"
      footer={<ShowResultsButton t={t} />}
    >
      <div className="grid grid-cols-2 gap-2">
        {[from, to].map((bound) => (
          <div key={bound.name} className="flex flex-col gap-1">
            <label htmlFor={`${id}-${bound.name}`} className="text-sm">
              {bound.label}
            </label>
            <input
              id={`${id}-${bound.name}`}
              type="number"
              inputMode="numeric"
              name={bound.name}
              min={min}
              max={max}
              step={1}
              defaultValue={bound.value ?? ""}
              className="h-8 w-full min-w-0 rounded-md border bg-background px-3 py-1 text-sm shadow-xs"
            />
          </div>
        ))}
      </div>
      {option && (
        <label className="mt-3 flex items-start gap-2 text-sm">
          <input type="checkbox" name={option.name} value="1" defaultChecked={option.checked} className="mt-0.5 size-4 accent-primary" />
          {option.label}
        </label>
      )}
    </DataTableFilterPopover>
  );
}
