// The shapes of the timeline, one per kind of event, so the graphic and its legend draw them alike. Each shape
// has a focus ring that shows when its link has keyboard focus (the link carries the `group` class).
import type { Band, Point } from "@/lib/pairs/timeline-layout";
import { geometry, moreHalfWidth } from "@/lib/pairs/timeline-layout";

export type MarkerKind = "signature" | "declaration" | "entryIntoForce" | "end";

const r = geometry.marker;
const ring = "fill-none stroke-ring stroke-[3] opacity-0 group-focus-visible:opacity-100 group-hover:opacity-60";

export const markerClass: Record<MarkerKind, string> = {
  signature: "fill-primary",
  declaration: "fill-amber-600",
  entryIntoForce: "fill-emerald-700",
  end: "fill-rose-700",
};

export function MarkerShape({ kind, x, y }: { kind: MarkerKind } & Point) {
  const className = `${markerClass[kind]} stroke-background stroke-1`;
  switch (kind) {
    case "declaration":
      return <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`} className={className} />;
    case "entryIntoForce":
      return <path d={`M${x} ${y - r}L${x + r} ${y + r - 1}L${x - r} ${y + r - 1}Z`} className={className} />;
    case "end":
      return <rect x={x - r + 1} y={y - r + 1} width={2 * r - 2} height={2 * r - 2} className={className} />;
    default:
      return <circle cx={x} cy={y} r={r - 1} className={className} />;
  }
}

export function MarkerRing({ x, y }: Point) {
  return <circle cx={x} cy={y} r={r + 4} className={ring} />;
}

export function VisitBand({ x0, x1, y, height }: Band) {
  return (
    <>
      <rect x={x0} y={y} width={x1 - x0} height={height} rx={6} className="fill-accent stroke-primary stroke-1" />
      <rect x={x0 - 3} y={y - 3} width={x1 - x0 + 6} height={height + 6} rx={8} className={ring} />
    </>
  );
}

export function MoreLabel({ x, y, count }: Point & { count: number }) {
  const half = moreHalfWidth(count);
  return (
    <>
      <rect x={x - half} y={y - 9} width={2 * half} height={18} rx={9} className="fill-muted stroke-muted-foreground stroke-1" />
      <text x={x} y={y + 4} textAnchor="middle" className="fill-foreground text-[11px] font-medium">
        +{count}
      </text>
      <rect x={x - half - 3} y={y - 12} width={2 * half + 6} height={24} rx={12} className={ring} />
    </>
  );
}

/** A legend swatch: the shape alone, in a small SVG of its own. */
export function LegendSwatch({ kind }: { kind: MarkerKind | "visit" | "more" }) {
  return (
    <svg width={22} height={18} viewBox="0 0 22 18" aria-hidden="true" className="shrink-0">
      {kind === "visit" ? (
        <rect x={1} y={3} width={20} height={12} rx={4} className="fill-accent stroke-primary stroke-1" />
      ) : kind === "more" ? (
        <rect x={1} y={3} width={20} height={12} rx={6} className="fill-muted stroke-muted-foreground stroke-1" />
      ) : (
        <MarkerShape kind={kind} x={11} y={9} />
      )}
    </svg>
  );
}
