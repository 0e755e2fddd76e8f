// A horizontal bar chart drawn on the server: one row per bar, its label above it so long names stay whole,
// its value at its end, the whole row a link to the agreements it counts. The SVG scales to its box
// (viewBox, width 100%) down to a minimum width, below which it scrolls.
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import type { ChartBar } from "./chart-types";

export interface HorizontalBarChartProps {
  bars: ChartBar[];
  /** The SVG's accessible name (the links inside stay reachable: it is a group, not an image). */
  label: string;
}

const width = 560;
const rowHeight = 38;
const margin = { top: 2, right: 64, bottom: 2, left: 4 };
const barHeight = 14;

export function HorizontalBarChart({ bars, label }: HorizontalBarChartProps) {
  const innerWidth = width - margin.left - margin.right;
  const height = margin.top + margin.bottom + rowHeight * bars.length;
  const rows = scaleBand({ domain: bars.map((bar) => bar.key), range: [0, rowHeight * bars.length] });
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const x = scaleLinear({ domain: [0, max], range: [0, innerWidth] });
  return (
    <div className="overflow-x-auto">
      <svg viewBox={`0 0 ${width} ${height}`} className="block h-auto w-full min-w-[20rem]" role="group" aria-label={label}>
        <Group left={margin.left} top={margin.top}>
          {bars.map((bar) => {
            const top = rows(bar.key) ?? 0;
            const barWidth = Math.round(x(bar.value) * 10) / 10;
            // The texts are drawn over the link's target but outside the link: inside it, text that differs
            // from its aria-label would break "label in name" (WCAG 2.5.3). Clicks pass through them.
            const target = (
              <>
                <rect x={-margin.left} y={top + 1} width={width} height={rowHeight - 2} rx={4} className="chart-target" />
                <Bar x={0} y={top + 20} width={barWidth} height={barHeight} rx={2} className="fill-primary" />
              </>
            );
            return (
              <g key={bar.key}>
                {bar.href ? (
                  <a href={bar.href} aria-label={bar.name}>
                    {target}
                  </a>
                ) : (
                  <g role="img" aria-label={bar.name}>
                    {target}
                  </g>
                )}
                <g aria-hidden="true" pointerEvents="none" className="fill-foreground">
                  <text x={0} y={top + 15} fontSize={13}>
                    {bar.label}
                  </text>
                  <text x={barWidth + 6} y={top + 31} fontSize={12}>
                    {bar.valueLabel}
                  </text>
                </g>
              </g>
            );
          })}
        </Group>
      </svg>
    </div>
  );
}
