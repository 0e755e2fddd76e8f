// Agreements per year of signature as columns, drawn on the server. Every year from the first to the last is
// given its place, so gaps show; each year with agreements is a link to them. On narrow screens the chart keeps
// a minimum width and scrolls, and its axis names one year in five or ten. Time runs left to right in every language
// (the SVG keeps `direction: ltr`, or its axis labels would hang the other way from their ticks); in a right-to-left
// page the scroll box opens on the latest years.
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { yearTicks } from "@/lib/dashboard/year-series";
import type { ChartBar } from "./chart-types";

export interface YearChartProps {
  /** One bar per year, in order, years without agreements included (value 0, not drawn). */
  bars: ChartBar[];
  label: string;
  formatTick: (value: number) => string;
}

const width = 760;
const height = 260;
const margin = { top: 12, right: 8, bottom: 28, left: 52 };
// Coordinates to a tenth of a unit: finer is invisible, and each digit is written twice (HTML and RSC payload).
const round = (value: number) => Math.round(value * 10) / 10;

export function YearChart({ bars, label, formatTick }: YearChartProps) {
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const x = scaleBand({ domain: bars.map((bar) => Number(bar.key)), range: [0, innerWidth], padding: 0.2 });
  const y = scaleLinear({ domain: [0, Math.max(1, ...bars.map((bar) => bar.value))], range: [innerHeight, 0], nice: true });
  const step = round(x.step());
  const bandwidth = round(x.bandwidth());
  return (
    <div className="relative overflow-x-auto">
      <svg viewBox={`0 0 ${width} ${height}`} className="block h-auto w-full min-w-[42rem] [direction:ltr]" role="group" aria-label={label}>
        <Group left={margin.left} top={margin.top}>
          <g aria-hidden="true">
            <AxisLeft
              scale={y}
              tickValues={y.ticks(4).filter(Number.isInteger)}
              tickFormat={(value) => formatTick(Number(value))}
              stroke="var(--color-border)"
              tickStroke="var(--color-border)"
              tickLabelProps={{ fill: "var(--color-muted-foreground)", fontSize: 11, textAnchor: "end", dx: -4, dy: 4 }}
            />
            <AxisBottom
              top={innerHeight}
              scale={x}
              tickValues={yearTicks(bars.map((bar) => Number(bar.key)))}
              tickFormat={(value) => String(value)}
              stroke="var(--color-border)"
              tickStroke="var(--color-border)"
              tickLabelProps={{ fill: "var(--color-muted-foreground)", fontSize: 11, textAnchor: "middle" }}
            />
          </g>
          {bars.map((bar) => {
            if (bar.value === 0) return null;
            const left = round(x(Number(bar.key)) ?? 0);
            const top = round(y(bar.value));
            const column = <Bar x={left} y={top} width={bandwidth} height={round(innerHeight - top)} className="fill-primary" />;
            if (!bar.href)
              return (
                <g key={bar.key} role="img" aria-label={bar.name}>
                  {column}
                </g>
              );
            return (
              <a key={bar.key} href={bar.href} aria-label={bar.name}>
                <rect x={round(left - (step - bandwidth) / 2)} y={0} width={step} height={innerHeight} className="chart-target" />
                {column}
              </a>
            );
          })}
        </Group>
      </svg>
    </div>
  );
}
