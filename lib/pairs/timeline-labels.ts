// The timeline's visible labels: a short name and a date for each event, stacked in lanes above the events so
// that no two labels overlap and no leader line (from a label down to its event) runs through another label.
// Widths are estimated from the text, as the server draws the SVG without measuring it. Greedy and pure: the most
// telling events (visits, declarations) are placed first, each in the lowest lane where it fits; what finds no
// room keeps its marker alone, and the list below the graphic names it.

export interface LabelSpec {
  key: string;
  /** The x of the event the label names; its leader line starts there. */
  anchor: number;
  /** The first line is the name, drawn larger; the others (dates) smaller. */
  lines: string[];
  /** Lower is placed first. */
  priority: number;
}

export interface PlacedLabel {
  key: string;
  lines: string[];
  anchor: number;
  /** The label's left edge and width. */
  x: number;
  width: number;
  /** 0 is the lane nearest the events. */
  lane: number;
}

export const labelGeometry = {
  nameSize: 12,
  dateSize: 11,
  lineHeight: 14,
  laneGap: 8,
  /** The free space kept between two labels of a lane, and around a leader line. */
  gap: 12,
  leaderClearance: 4,
  maxLanes: 4,
  maxWidth: 260,
} as const;

// Relative advance of characters in a sans-serif UI font, in ems: those of a wide one (DejaVu Sans, the default
// on Linux), so that the estimate errs wide with narrower fonts.
const narrow = /[iljtfrI.,:;'’ ()|!\-–]/;
const wide = /[mwMWÆŒ@%]/;
const upper = /[A-Z0-9ÀÉÈÎÔ]/;
/** Unicode's directional isolates (timeline-annotations.tsx), which take no room. */
const invisible = /[\u2066-\u2069]/;

export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) {
    if (invisible.test(character)) continue;
    ems += wide.test(character) ? 0.92 : narrow.test(character) ? 0.36 : upper.test(character) ? 0.72 : 0.6;
  }
  return Math.ceil(ems * fontSize);
}

/** The text cut at a word so that it fits `maxWidth`, with an ellipsis when cut. */
export function truncateText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const words = text.split(/\s+/);
  let kept = "";
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (textWidth(`${next}…`, fontSize) > maxWidth) break;
    kept = next;
  }
  // A first word longer than the room is cut by characters.
  if (!kept) {
    for (const character of text) {
      if (textWidth(`${kept}${character}…`, fontSize) > maxWidth) break;
      kept += character;
    }
  }
  return `${kept.replace(/[\s,:;(–-]+$/, "")}…`;
}

export function labelWidth(lines: string[]): number {
  const { nameSize, dateSize } = labelGeometry;
  // The name is drawn in medium weight: a little wider than the estimate for regular text.
  return Math.max(...lines.map((line, index) => (index === 0 ? textWidth(line, nameSize) * 1.08 : textWidth(line, dateSize))));
}

interface Occupied {
  lane: number;
  x0: number;
  x1: number;
}

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }, gap: number) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap;

/**
 * Places labels in lanes between `left` and `right`. Each label tries the lowest lane first, stretching from its
 * event towards the middle of the graphic (which leaves the outer side free for its neighbours' leader lines),
 * then centred on it, then stretching outwards; it fits when it clears every label and leader line in that lane
 * and its own leader line clears every label in the lanes below. Labels that fit nowhere are left out. The latest
 * event's label tries the graphic's end before all that.
 */
export function placeLabels(specs: LabelSpec[], left: number, right: number, maxLanes: number = labelGeometry.maxLanes): PlacedLabel[] {
  const { gap, leaderClearance } = labelGeometry;
  const boxes: Occupied[] = [];
  const leaders: Occupied[] = [];
  const placed: PlacedLabel[] = [];
  const order = specs
    .map((spec, index) => ({ spec, index }))
    .sort((a, b) => a.spec.priority - b.spec.priority || a.spec.anchor - b.spec.anchor || a.index - b.index);
  const latest = Math.max(...specs.map((spec) => spec.anchor));
  for (const { spec } of order) {
    const width = labelWidth(spec.lines);
    if (width > right - left) continue;
    const clamp = (x: number) => Math.min(Math.max(x, left), right - width);
    const starting = spec.anchor - leaderClearance;
    const ending = spec.anchor + leaderClearance - width;
    const inwards = spec.anchor < (left + right) / 2 ? [starting, ending] : [ending, starting];
    // The latest event's label first tries the graphic's end: a timeline wider than a phone opens scrolled there,
    // and that label is then read whole instead of running off the screen's other side.
    const flushEnd = spec.anchor === latest ? [right - width] : [];
    const candidates = [...flushEnd, inwards[0]!, spec.anchor - width / 2, inwards[1]!]
      .map(clamp)
      .filter((x) => x <= spec.anchor && spec.anchor <= x + width);
    const leader = { x0: spec.anchor - leaderClearance, x1: spec.anchor + leaderClearance };
    let found: { lane: number; x: number } | undefined;
    for (let lane = 0; lane < maxLanes && !found; lane++) {
      const leaderClear = boxes.every((box) => box.lane >= lane || !overlaps(box, leader, 0));
      if (!leaderClear) break; // a label below blocks the way down: higher lanes would cross it too
      for (const x of candidates) {
        const box = { x0: x, x1: x + width };
        const clear =
          boxes.every((other) => other.lane !== lane || !overlaps(other, box, gap)) &&
          leaders.every((other) => other.lane !== lane || !overlaps(other, box, 0));
        if (clear) {
          found = { lane, x };
          break;
        }
      }
    }
    if (!found) continue;
    boxes.push({ lane: found.lane, x0: found.x, x1: found.x + width });
    for (let lane = 0; lane < found.lane; lane++) leaders.push({ lane, ...leader });
    placed.push({ key: spec.key, lines: spec.lines, anchor: spec.anchor, x: round(found.x), width, lane: found.lane });
  }
  return placed;
}

const round = (value: number) => Math.round(value * 10) / 10;
