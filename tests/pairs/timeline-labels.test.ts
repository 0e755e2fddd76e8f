// The timeline's label lanes: no two labels overlap, no leader line crosses a label, the most telling events
// are labelled first, and the same input always gives the same layout.
import { describe, expect, it } from "vitest";
import { labelGeometry, placeLabels, textWidth, truncateText, type LabelSpec, type PlacedLabel } from "@/lib/pairs/timeline-labels";
import { buildTimeline, type TimelineAgreement } from "@/lib/pairs/timeline";
import { layoutTimeline } from "@/lib/pairs/timeline-layout";

const left = 12;
const right = 948;

// Sixty events crowded along the axis, with long and short names, in a shuffled but fixed order.
const crowded: LabelSpec[] = Array.from({ length: 60 }, (_, index) => ({
  key: `event-${index}`,
  anchor: 40 + ((index * 37) % 880),
  lines: [index % 3 === 0 ? "Tripartite declaration (Morocco–Israel–…" : `Agreement ${index}`, "24 November 2021"],
  priority: index % 4 === 0 ? 0 : 1,
}));

const laneBoxes = (labels: PlacedLabel[]) => labels.map((label) => ({ ...label, x1: label.x + label.width }));

describe("timeline label lanes", () => {
  it("never overlaps two labels of a lane, for a crowded input", () => {
    const boxes = laneBoxes(placeLabels(crowded, left, right));
    expect(boxes.length).toBeGreaterThan(4);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b || a.lane !== b.lane) continue;
        expect(a.x1 + labelGeometry.gap <= b.x || b.x1 + labelGeometry.gap <= a.x, `${a.key} and ${b.key}`).toBe(true);
      }
    }
  });

  it("keeps each label over its event, inside the bounds, and its leader line clear of the labels below", () => {
    const boxes = laneBoxes(placeLabels(crowded, left, right));
    for (const label of boxes) {
      expect(label.x).toBeGreaterThanOrEqual(left);
      expect(label.x1).toBeLessThanOrEqual(right);
      expect(label.anchor).toBeGreaterThanOrEqual(label.x);
      expect(label.anchor).toBeLessThanOrEqual(label.x1);
      const below = boxes.filter((other) => other.lane < label.lane);
      for (const other of below) expect(label.anchor < other.x || label.anchor > other.x1, `${label.key} over ${other.key}`).toBe(true);
    }
  });

  it("uses at most the lanes it is given and labels the first priority before the rest", () => {
    const placed = placeLabels(crowded, left, right, 2);
    expect(Math.max(...placed.map((label) => label.lane))).toBeLessThan(2);
    expect(placed.length).toBeLessThan(crowded.length); // dense: some events keep their marker alone
    // The first priority is placed as if the others were not there.
    const alone = placeLabels(
      crowded.filter((spec) => spec.priority === 0),
      left,
      right,
      2,
    );
    expect(placed.filter((label) => alone.some((first) => first.key === label.key))).toEqual(alone);
  });

  it("puts the latest event's label flush with the end, where a timeline wider than a phone opens", () => {
    const specs: LabelSpec[] = [
      { key: "earlier", anchor: 300, lines: ["Tripartite declaration", "December 2020"], priority: 0 },
      { key: "latest", anchor: right - 150, lines: ["Memorandum of understanding in the field…", "24 November 2021"], priority: 0 },
    ];
    const [earlier, latest] = ["earlier", "latest"].map((key) => placeLabels(specs, left, right).find((label) => label.key === key)!);
    expect(latest!.x + latest!.width).toBeCloseTo(right, 0);
    // A phone's 316 pixels, from the end, hold it whole.
    expect(right - latest!.x).toBeLessThanOrEqual(316);
    // The others still stretch from their event towards the middle.
    expect(earlier!.x).toBe(300 - labelGeometry.leaderClearance);
  });

  it("is deterministic, whatever the order of its input", () => {
    const once = placeLabels(crowded, left, right);
    expect(placeLabels(crowded, left, right)).toEqual(once);
    const reversed = placeLabels([...crowded].reverse(), left, right);
    expect(new Map(reversed.map((label) => [label.key, [label.x, label.lane]]))).toEqual(
      new Map(once.map((label) => [label.key, [label.x, label.lane]])),
    );
  });

  it("cuts a long name at a word, with an ellipsis, within the width", () => {
    const title = "Memorandum of understanding in the field of defence";
    const cut = truncateText(title, 12, 150);
    expect(cut.endsWith("…")).toBe(true);
    expect(title.startsWith(cut.slice(0, -1))).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(150);
    expect(truncateText("Short", 12, 150)).toBe("Short");
  });
});

describe("a right-to-left reader's labels", () => {
  it("give the directional isolates around titles and names no width", () => {
    const title = "Mémorandum d’entente (MoU) dans le domaine de la défense";
    expect(textWidth(`توقيع: \u2068${title}\u2069`, 12)).toBe(textWidth(`توقيع: ${title}`, 12));
  });
});

describe("labels in the timeline's layout", () => {
  const agreement = (id: number, signedOn: string): TimelineAgreement => ({
    id,
    slug: `a-${id}`,
    title: { text: `Agreement number ${id} on cooperation`, lang: "en" },
    form: "AGREEMENT",
    signedOn,
    entryIntoForceOn: null,
    endedOn: null,
    visitId: null,
    yearCount: 1,
  });
  const entries = buildTimeline(
    Array.from({ length: 12 }, (_, index) => agreement(index + 1, `2021-0${1 + (index % 3)}-1${index % 9}`)),
    [],
  );
  const texts = new Map(entries.map((entry) => [entry.key, { lines: [`Agreement ${entry.key}`, "1 January 2021"], priority: 1 }]));

  it("puts the labels above every event, each leader line reaching down to its event", () => {
    const layout = layoutTimeline(entries, texts);
    expect(layout.labels.length).toBeGreaterThan(0);
    const lowestLabel = Math.max(...layout.labels.map((label) => label.leaderFrom));
    const highestEvent = Math.min(...[...layout.points.values()].map((point) => point.y));
    expect(lowestLabel).toBeLessThan(highestEvent);
    for (const label of layout.labels) {
      expect(label.anchor).toBe(layout.points.get(label.key)!.x);
      expect(label.leaderTo).toBeGreaterThan(label.leaderFrom);
    }
  });

  it("adds month ticks over a short span and none over a long one", () => {
    const short = layoutTimeline(entries, texts);
    expect(short.monthTicks.some((tick) => tick.labelled)).toBe(true);
    expect(short.monthTicks.every((tick) => tick.x >= 24 && tick.x <= short.width - 24)).toBe(true);
    const long = layoutTimeline(buildTimeline([agreement(1, "1990"), agreement(2, "2020")], []));
    expect(long.monthTicks).toEqual([]);
  });
});
