// A dashboard chart in its card: the title, a figure whose caption says what the chart shows and how to use it,
// the chart, a note (what it leaves out), and the same figures as a table.
import type { ReactNode } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import type { ChartBar } from "./chart-types";
import { ChartTable } from "./chart-table";

export interface ChartCardProps {
  id: string;
  title: string;
  description: string;
  note?: string;
  bars: ChartBar[];
  table: { summary: string; labelHeader: string; valueHeader: string };
  className?: string;
  children: ReactNode;
}

export function ChartCard({ id, title, description, note, bars, table, className, children }: ChartCardProps) {
  return (
    <Card aria-labelledby={id} className={className}>
      <CardTitle id={id}>{title}</CardTitle>
      <figure>
        <figcaption className="mb-3 text-sm text-muted-foreground">{description}</figcaption>
        {children}
        {note && <p className="mt-2 text-sm text-muted-foreground">{note}</p>}
        <ChartTable bars={bars} caption={title} {...table} />
      </figure>
    </Card>
  );
}
