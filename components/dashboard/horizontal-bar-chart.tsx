// A horizontal bar chart drawn on the server: one row per bar, its label above it so long names stay whole,
// its value at its end, the whole row a link to the agreements it counts. Lengths are percentages of the
// chart's width and texts keep their size, so the chart fills any width and stays legible on a phone. Right to
// left, the bars grow from the right edge and their labels start there: the texts inherit the page's direction, so
// a text's start is its right end.
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import type { ChartBar } from "./chart-types";

export interface HorizontalBarChartProps {
  bars: ChartBar[];
  /** The SVG's accessible name (the links inside stay reachable: it is a group, not an image). */
  label: string;
  direction: "ltr" | "rtl";
}

const rowHeight = 40;
const barHeight = 14;
// The longest bar takes this share of the width; the rest is room for its value.
const longest = 84;

export function HorizontalBarChart({ bars, label, direction }: HorizontalBarChartProps) {
  const rtl = direction === "rtl";
  const height = rowHeight * bars.length;
  const rows = scaleBand({ domain: bars.map((bar) => bar.key), range: [0, height] });
  const x = scaleLinear({ domain: [0, Math.max(1, ...bars.map((bar) => bar.value))], range: [0, longest] });
  return (
    <svg width="100%" height={height} className="block" role="group" aria-label={label}>
      <Group>
        {bars.map((bar) => {
          const top = rows(bar.key) ?? 0;
          const share = Math.round(x(bar.value) * 10) / 10;
          const length = `${share}%`;
          // Where the bar ends, from the left of the chart: its value is written beyond it.
          const end = rtl ? `${Math.round((100 - share) * 10) / 10}%` : length;
          // The texts are drawn over the link's target but outside the link: inside it, text that differs
          // from its aria-label would break "label in name" (WCAG 2.5.3). Clicks pass through them.
          const target = (
            <>
              <rect x={0} y={top + 1} width="100%" height={rowHeight - 2} rx={4} className="chart-target" />
              <Bar
                x={rtl ? end : 2}
                transform={rtl ? "translate(-2 0)" : undefined}
                y={top + 21}
                width={length}
                height={barHeight}
                rx={2}
                className="fill-primary"
              />
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
                <text x={rtl ? "100%" : 2} dx={rtl ? -2 : 0} y={top + 16} fontSize={14}>
                  {bar.label}
                </text>
                <text x={end} dx={rtl ? -8 : 8} y={top + 32} fontSize={12}>
                  {bar.valueLabel}
                </text>
              </g>
            </g>
          );
        })}
      </Group>
    </svg>
  );
}
