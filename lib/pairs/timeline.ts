// The relationship timeline as data: every dated event between two states in chronological order, with the
// agreements signed during a visit nested in that visit, and a "more" entry for each year with more agreements
// than the timeline draws. Pure, so the order the graphic and its text share is tested without a browser.
import type { LocalizedText } from "@/lib/i18n/localize";

export interface TimelineAgreement {
  id: number;
  slug: string;
  title: LocalizedText;
  form: string;
  signedOn: string;
  entryIntoForceOn: string | null;
  endedOn: string | null;
  visitId: number | null;
  /** How many of the pair's agreements were signed in this one's year, drawn or not. */
  yearCount: number;
}

export interface TimelineVisit {
  id: number;
  slug: string;
  startOn: string;
  endOn: string | null;
  visitorName: string;
  visitorCountryCode: string;
  hostCountryCode: string;
}

export interface SignatureEntry {
  kind: "signature";
  key: string;
  date: string;
  agreement: TimelineAgreement;
  /** Declarations and joint statements are drawn apart from other signatures. */
  declaration: boolean;
}

export type TimelineEntry =
  | SignatureEntry
  | { kind: "visit"; key: string; date: string; end: string; visit: TimelineVisit; signatures: SignatureEntry[] }
  | { kind: "entryIntoForce" | "end"; key: string; date: string; agreement: TimelineAgreement }
  | { kind: "more"; key: string; date: string; year: number; count: number };

const declarationForms = new Set(["DECLARATION", "JOINT_STATEMENT"]);
const kindOrder = { visit: 0, signature: 1, entryIntoForce: 2, end: 3, more: 4 } as const;

// Dates of reduced precision compare as text: "2020-12" sorts before "2020-12-01", at the start of its month.
// A year's "more" entry sorts after everything dated within that year.
const sortKey = (entry: TimelineEntry) => (entry.kind === "more" ? `${entry.date}\uffff` : entry.date);

export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const byDate = sortKey(a).localeCompare(sortKey(b));
  if (byDate !== 0) return byDate;
  if (a.kind !== b.kind) return kindOrder[a.kind] - kindOrder[b.kind];
  return a.key.localeCompare(b.key, undefined, { numeric: true });
}

function signature(agreement: TimelineAgreement): SignatureEntry {
  return {
    kind: "signature",
    key: `signature-${agreement.id}`,
    date: agreement.signedOn,
    agreement,
    declaration: declarationForms.has(agreement.form),
  };
}

export function buildTimeline(agreements: TimelineAgreement[], visits: TimelineVisit[]): TimelineEntry[] {
  const visitEntries = new Map(
    visits.map((visit) => [
      visit.id,
      {
        kind: "visit" as const,
        key: `visit-${visit.id}`,
        date: visit.startOn,
        end: visit.endOn && visit.endOn > visit.startOn ? visit.endOn : visit.startOn,
        visit,
        signatures: [] as SignatureEntry[],
      },
    ]),
  );
  const entries: TimelineEntry[] = [...visitEntries.values()];
  const drawnPerYear = new Map<number, { drawn: number; total: number }>();
  for (const agreement of agreements) {
    const during = agreement.visitId === null ? undefined : visitEntries.get(agreement.visitId);
    if (during) during.signatures.push(signature(agreement));
    else entries.push(signature(agreement));
    if (agreement.entryIntoForceOn) {
      entries.push({ kind: "entryIntoForce", key: `force-${agreement.id}`, date: agreement.entryIntoForceOn, agreement });
    }
    if (agreement.endedOn) entries.push({ kind: "end", key: `end-${agreement.id}`, date: agreement.endedOn, agreement });
    const year = Number(agreement.signedOn.slice(0, 4));
    const tally = drawnPerYear.get(year) ?? { drawn: 0, total: agreement.yearCount };
    drawnPerYear.set(year, { drawn: tally.drawn + 1, total: Math.max(tally.total, agreement.yearCount) });
  }
  for (const [year, { drawn, total }] of drawnPerYear) {
    if (total > drawn) entries.push({ kind: "more", key: `more-${year}`, date: String(year), year, count: total - drawn });
  }
  for (const visit of visitEntries.values()) visit.signatures.sort(compareEntries);
  return entries.sort(compareEntries);
}

/** Every entry, nested signatures included, in the order they are read and focused. */
export function flattenTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  return entries.flatMap((entry): TimelineEntry[] => (entry.kind === "visit" ? [entry, ...entry.signatures] : [entry]));
}
