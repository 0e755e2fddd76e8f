// The figures of a chart as a table, for those who cannot see the chart or want the exact numbers: the same
// rows and the same links as the bars.
import Link from "next/link";
import type { ChartBar } from "./chart-types";

export interface ChartTableProps {
  bars: ChartBar[];
  summary: string;
  caption: string;
  labelHeader: string;
  valueHeader: string;
}

export function ChartTable({ bars, summary, caption, labelHeader, valueHeader }: ChartTableProps) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-primary hover:underline">{summary}</summary>
      <table className="mt-2 w-full border-collapse">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b text-start">
            <th scope="col" className="py-1 pe-4 font-medium text-start">
              {labelHeader}
            </th>
            <th scope="col" className="py-1 text-end font-medium">
              {valueHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key} className="border-b last:border-0">
              <th scope="row" className="py-1 pe-4 text-start font-normal">
                {bar.href ? (
                  <Link href={bar.href} className="text-primary hover:underline">
                    {bar.label}
                  </Link>
                ) : (
                  bar.label
                )}
              </th>
              <td className="py-1 text-end tabular-nums">{bar.valueLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
