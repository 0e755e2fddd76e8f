// A placeholder with the table's shape, shown while the first page of a route loads.
import { Skeleton } from "@/components/ui/skeleton";

export interface DataTableSkeletonProps {
  columnCount: number;
  rowCount?: number;
  filterCount?: number;
}

export function DataTableSkeleton({ columnCount, rowCount = 10, filterCount = 4 }: DataTableSkeletonProps) {
  const columns = Array.from({ length: columnCount }, (_, index) => index);
  return (
    <div aria-hidden="true" className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-2">
        <Skeleton className="h-9 w-64" />
        {Array.from({ length: filterCount }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders with nothing but their place.
          <Skeleton key={index} className="h-8 w-28" />
        ))}
      </div>
      <Skeleton className="h-5 w-40" />
      <div className="overflow-hidden rounded-md border">
        <div className="flex gap-4 border-b bg-muted/60 px-3 py-3">
          {columns.map((column) => (
            <Skeleton key={column} className="h-4 flex-1 bg-border" />
          ))}
        </div>
        {Array.from({ length: rowCount }, (_, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders with nothing but their place.
          <div key={row} className="flex gap-4 border-b px-3 py-3 last:border-0">
            {columns.map((column) => (
              <Skeleton key={column} className="h-4 flex-1" />
            ))}
          </div>
        ))}
      </div>
      <div className="flex justify-between">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-8 w-56" />
      </div>
    </div>
  );
}
