// Where each timeline entry sits in the SVG: a time axis in years (and months, over a short span) fitted to the
// data, visits as bands in their own lane (wide enough to hold what was signed during them), point events
// stacked in rows so none overlap, and the labels in lanes above them all. Dates of reduced precision sit at the
// start of their month or year. Pure, so positions are tested directly.
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { TimelineEntry } from "./timeline";
import { labelGeometry, placeLabels, type LabelSpec } from "./timeline-labels";

export interface Point {
  x: number;
  y: number;
}

export interface Band {
  x0: number;
  x1: number;
  y: number;
  height: number;
}

export interface TimelineLayout {
  firstYear: number;
  lastYear: number;
  width: number;
  height: number;
  axisY: number;
  ticks: { year: number; x: number }[];
  /** Month boundaries between the year ticks, over a short span; `labelled` ones carry the month's name (and the
   * first of them its year, when no year tick comes before it). */
  monthTicks: { year: number; month: number; x: number; labelled: boolean }[];
  points: Map<string, Point>;
  bands: Map<string, Band>;
  labels: TimelineLabel[];
}

/** A placed label: its lines from `y` down, and its leader line from the label down to its event. */
export interface TimelineLabel {
  key: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  anchor: number;
  leaderFrom: number;
  leaderTo: number;
}

/** What a label says and how much it matters, by entry key; the layout decides where, or whether, it goes. */
export type LabelTexts = Map<string, Pick<LabelSpec, "lines" | "priority">>;

export const geometry = {
  margin: 24,
  // About the width of the page's column on a desktop, so that texts are drawn near their nominal size.
  minWidth: 960,
  yearWidth: 32,
  marker: 7,
  rowHeight: 24,
  gap: 4,
  bandPadding: 8,
} as const;

/** Milliseconds at the start of a partial date's period; `after` gives the start of the next period instead. */
export function dateTime(value: string, after = false): number {
  const date = parsePartialDate(value);
  if (!date) return Number.NaN;
  const { year, month = 1, day = 1 } = date;
  if (!after) return Date.UTC(year, month - 1, day);
  if (date.precision === "day") return Date.UTC(year, month - 1, day + 1);
  if (date.precision === "month") return Date.UTC(year, month, 1);
  return Date.UTC(year + 1, 0, 1);
}

const round = (value: number) => Math.round(value * 10) / 10;

const yearOf = (value: string) => Number(value.slice(0, 4));

/** A "+N" label's half width, from its number of characters. */
export const moreHalfWidth = (count: number) => 8 + String(count).length * 4;

/** Puts a span in the first row where it fits, given each row's right edge; returns the row. */
function placeInRow(rows: number[], left: number, right: number): number {
  let row = rows.findIndex((edge) => edge + geometry.gap <= left);
  if (row === -1) row = rows.push(Number.NEGATIVE_INFINITY) - 1;
  rows[row] = right;
  return row;
}

function yearRange(entries: TimelineEntry[]): [number, number] {
  const years = entries.flatMap((entry) => [yearOf(entry.date), ...(entry.kind === "visit" ? [yearOf(entry.end)] : [])]);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Number.isFinite(first) ? [first, last] : [new Date().getUTCFullYear(), new Date().getUTCFullYear()];
}

function tickStep(yearWidth: number): number {
  return [1, 2, 5, 10, 20, 25, 50].find((step) => step * yearWidth >= 60) ?? 100;
}

/** The span a short timeline shows: from the month before its first event to the month after its last. */
function monthSpan(entries: TimelineEntry[]): [number, number] {
  const starts = entries.map((entry) => (entry.kind === "more" ? Date.UTC(entry.year, 6, 1) : dateTime(entry.date)));
  const ends = entries.map((entry) =>
    entry.kind === "visit" ? dateTime(entry.end, true) : entry.kind === "more" ? Date.UTC(entry.year, 7, 1) : dateTime(entry.date, true),
  );
  const first = new Date(Math.min(...starts));
  const last = new Date(Math.max(...ends) - 1);
  return [Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 1, 1), Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 2, 1)];
}

/** Month boundaries between t0 and t1 (years excepted), named every 1, 3 or 6 months as room allows. */
function monthTicksOf(t0: number, t1: number, x: (time: number) => number) {
  const start = new Date(t0);
  const monthWidth = x(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)) - x(t0);
  const every = [1, 3, 6].find((step) => step * monthWidth >= 34) ?? 12;
  const ticks = [];
  for (let index = 1; ; index++) {
    const time = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + index, 1);
    if (time >= t1) break;
    const date = new Date(time);
    const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + 1];
    if (month !== 1) ticks.push({ year, month, x: x(time), labelled: (month - 1) % every === 0 });
  }
  return ticks;
}

export function layoutTimeline(entries: TimelineEntry[], labelTexts: LabelTexts = new Map()): TimelineLayout {
  const { margin, marker, rowHeight, bandPadding } = geometry;
  const [firstYear, lastYear] = yearRange(entries);
  const years = lastYear - firstYear + 1;
  const width = Math.max(geometry.minWidth, years * geometry.yearWidth + 2 * margin);
  // Over three years or less, the axis fits the events to the month and names the months: a two-day visit
  // then reads as a date, not a dot in a year.
  const short = entries.length > 0 && years <= 3;
  const [t0, t1] = short ? monthSpan(entries) : [Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1)];
  // Rounded to a tenth of a unit: finer positions cost bytes in every page and change nothing on screen.
  const x = (time: number) => round(margin + ((time - t0) / (t1 - t0)) * (width - 2 * margin));

  // Visits first: their bands, and the signatures drawn inside them.
  const bandRows: number[] = [];
  const bandSpans = new Map<string, { x0: number; x1: number; row: number; inner: { key: string; x: number; row: number }[] }>();
  let innerRowsMax = 1;
  for (const entry of entries) {
    if (entry.kind !== "visit") continue;
    let x0 = x(dateTime(entry.date));
    let x1 = x(dateTime(entry.end, true));
    const needed = Math.max(3 * marker, entry.signatures.length * (2 * marker + geometry.gap) + 2 * bandPadding);
    const spread = x1 - x0 < needed;
    if (spread) {
      // Too short to draw at scale: widened around its middle, kept inside the axis.
      const middle = Math.min(Math.max((x0 + x1) / 2, margin + needed / 2), width - margin - needed / 2);
      [x0, x1] = [middle - needed / 2, middle + needed / 2];
    }
    const innerRows: number[] = [];
    const inner = entry.signatures.map((signature, index) => {
      const at = spread
        ? x0 + bandPadding + marker + index * (2 * marker + geometry.gap)
        : Math.min(Math.max(x(dateTime(signature.date)), x0 + bandPadding + marker), x1 - bandPadding - marker);
      return { key: signature.key, x: at, row: placeInRow(innerRows, at - marker, at + marker) };
    });
    innerRowsMax = Math.max(innerRowsMax, innerRows.length);
    bandSpans.set(entry.key, { x0, x1, row: placeInRow(bandRows, x0, x1), inner });
  }
  const bandHeight = innerRowsMax * rowHeight + bandPadding;
  const top = margin / 2;
  const points = new Map<string, Point>();
  const bands = new Map<string, Band>();
  for (const [key, span] of bandSpans) {
    const y = top + span.row * (bandHeight + geometry.gap);
    bands.set(key, { x0: round(span.x0), x1: round(span.x1), y, height: bandHeight });
    for (const signature of span.inner) {
      points.set(signature.key, { x: round(signature.x), y: y + bandPadding / 2 + (signature.row + 0.5) * rowHeight });
    }
  }

  // Then every other event, stacked in rows below the visits.
  const pointsTop = top + bandRows.length * (bandHeight + geometry.gap) + (bandRows.length > 0 ? geometry.gap : 0);
  const pointRows: number[] = [];
  const placed: { key: string; x: number; row: number }[] = [];
  for (const entry of entries) {
    if (entry.kind === "visit") continue;
    const at = entry.kind === "more" ? x(Date.UTC(entry.year, 6, 1)) : x(dateTime(entry.date));
    const half = entry.kind === "more" ? moreHalfWidth(entry.count) : marker;
    placed.push({ key: entry.key, x: at, row: placeInRow(pointRows, at - half, at + half) });
  }
  for (const { key, x: at, row } of placed) points.set(key, { x: at, y: pointsTop + (row + 0.5) * rowHeight });

  // Last, the labels, above everything: what they need is known, so everything else moves down to make room.
  const specs: LabelSpec[] = [];
  for (const [key, text] of labelTexts) {
    const band = bands.get(key);
    const anchor = band ? (band.x0 + band.x1) / 2 : points.get(key)?.x;
    if (anchor !== undefined) specs.push({ key, anchor: round(anchor), ...text });
  }
  const placedLabels = placeLabels(specs, margin / 2, width - margin / 2);
  const lines = Math.max(0, ...placedLabels.map((label) => label.lines.length));
  const laneHeight = lines * labelGeometry.lineHeight + labelGeometry.laneGap;
  const lanes = placedLabels.length === 0 ? 0 : Math.max(...placedLabels.map((label) => label.lane)) + 1;
  const shift = lanes * laneHeight + (lanes > 0 ? geometry.gap : 0);
  for (const band of bands.values()) band.y += shift;
  for (const point of points.values()) point.y += shift;
  const labels = placedLabels.map((label): TimelineLabel => {
    const y = top + (lanes - 1 - label.lane) * laneHeight;
    const band = bands.get(label.key);
    const leaderTo = band ? band.y : points.get(label.key)!.y - marker - 2;
    const leaderFrom = y + label.lines.length * labelGeometry.lineHeight + 2;
    return { key: label.key, lines: label.lines, x: label.x, y, width: label.width, anchor: label.anchor, leaderFrom, leaderTo };
  });

  const axisY = shift + pointsTop + Math.max(1, pointRows.length) * rowHeight + geometry.gap;
  const step = tickStep((width - 2 * margin) / years);
  const ticks = [];
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const time = Date.UTC(year, 0, 1);
    if ((year % step === 0 || step === 1) && time >= t0 && time <= t1) ticks.push({ year, x: x(time) });
  }
  const monthTicks = short ? monthTicksOf(t0, t1, x) : [];
  return { firstYear, lastYear, width, height: axisY + 28, axisY, ticks, monthTicks, points, bands, labels };
}
