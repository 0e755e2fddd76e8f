// The texts drawn in the timeline graphic: the axis with its years (and months over a short span), and a short
// label for each event that finds room, joined to its event by a leader line. They sit outside the events' links,
// hidden from assistive technologies (each link carries its full name) and transparent to clicks: inside a link,
// visible text differing from its name would break "label in name" (WCAG 2.5.3). The graphic runs left to right in
// every language, but a right-to-left reader's labels are sentences of their language: each is drawn right to left
// (its box where a left-to-right label's would be), with the titles and names set in it as isolated units, so that a
// French title keeps its own order and its ellipsis.
import type { getTranslations } from "next-intl/server";
import { formatPartialDate, formatPartialDateRange } from "@/lib/dates/partial-date";
import { dateFormatLocale, type Locale, localeDirection } from "@/lib/i18n/locales";
import type { TimelineEntry } from "@/lib/pairs/timeline";
import { labelGeometry, truncateText } from "@/lib/pairs/timeline-labels";
import { geometry, type LabelTexts, type TimelineLayout } from "@/lib/pairs/timeline-layout";

type Translate = Awaited<ReturnType<typeof getTranslations<"timeline">>>;

const { nameSize, dateSize, lineHeight, maxWidth } = labelGeometry;
const name = (text: string) => truncateText(text, nameSize, maxWidth / 1.08);
const detail = (text: string) => truncateText(text, dateSize, maxWidth);

/** What each event's label says, most telling first: visits and declarations, then other signatures, then the rest. */
export function timelineLabelTexts(entries: TimelineEntry[], t: Translate, locale: Locale, names: Map<string, string>): LabelTexts {
  const texts: LabelTexts = new Map();
  // U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: the text inside takes the direction of its letters.
  const unit = localeDirection(locale) === "rtl" ? (text: string) => `\u2068${text}\u2069` : (text: string) => text;
  for (const entry of entries) {
    switch (entry.kind) {
      case "visit": {
        const { visit, signatures } = entry;
        const host = names.get(visit.hostCountryCode) ?? visit.hostCountryCode;
        const lines = [
          name(t("labelVisit", { visitor: unit(visit.visitorName), host: unit(host) })),
          formatPartialDateRange(visit.startOn, visit.endOn, locale) ?? "",
        ];
        if (signatures.length === 1) lines.push(detail(t("labelSignedOne", { title: unit(signatures[0]!.agreement.title.text) })));
        if (signatures.length > 1) lines.push(t("labelSignedMany", { count: signatures.length }));
        texts.set(entry.key, { lines, priority: 0 });
        break;
      }
      case "signature":
        texts.set(entry.key, {
          lines: [name(unit(entry.agreement.title.text)), formatPartialDate(entry.date, locale)],
          priority: entry.declaration ? 0 : 1,
        });
        break;
      case "entryIntoForce":
      case "end": {
        const key = entry.kind === "end" ? ("labelEnd" as const) : ("labelEntryIntoForce" as const);
        texts.set(entry.key, {
          lines: [name(t(key, { title: unit(entry.agreement.title.text) })), formatPartialDate(entry.date, locale)],
          priority: 2,
        });
        break;
      }
      default:
        break; // a "more" entry already shows its count
    }
  }
  return texts;
}

export function TimelineLabels({ layout, direction }: { layout: TimelineLayout; direction: "ltr" | "rtl" }) {
  // Right to left, a text's end is its left edge: anchored there, it fills the box the layout gave it.
  const rtl = direction === "rtl" ? ({ direction: "rtl", textAnchor: "end" } as const) : {};
  return (
    <g aria-hidden="true" pointerEvents="none" data-testid="timeline-labels">
      {layout.labels.map((label) => (
        <g key={label.key} data-label-for={label.key}>
          <line
            x1={label.anchor}
            x2={label.anchor}
            y1={label.leaderFrom}
            y2={label.leaderTo}
            className="stroke-muted-foreground"
            strokeWidth={1}
          />
          {label.lines.map((line, index) => (
            <text
              // biome-ignore lint/suspicious/noArrayIndexKey: a label's lines (name, then date) never move.
              key={index}
              x={label.x}
              y={label.y + (index + 1) * lineHeight - 3}
              fontSize={index === 0 ? nameSize : dateSize}
              className={index === 0 ? "fill-foreground font-medium" : "fill-muted-foreground"}
              {...rtl}
            >
              {line}
            </text>
          ))}
        </g>
      ))}
    </g>
  );
}

export function TimelineAxis({ layout, locale }: { layout: TimelineLayout; locale: Locale }) {
  const tag = dateFormatLocale(locale);
  const month = new Intl.DateTimeFormat(tag, { month: "short", timeZone: "UTC" });
  const monthAndYear = new Intl.DateTimeFormat(tag, { month: "short", year: "numeric", timeZone: "UTC" });
  const { axisY } = layout;
  // Without a year tick before it, the first named month says its year.
  const dated = layout.monthTicks.find((tick) => tick.labelled && tick.x < (layout.ticks[0]?.x ?? Infinity));
  return (
    <g aria-hidden="true" className="text-muted-foreground" data-testid="timeline-axis">
      <line x1={geometry.margin} x2={layout.width - geometry.margin} y1={axisY} y2={axisY} className="stroke-current" />
      {layout.monthTicks.map((tick) => (
        <g key={`${tick.year}-${tick.month}`}>
          <line x1={tick.x} x2={tick.x} y1={axisY} y2={axisY + (tick.labelled ? 4 : 3)} className="stroke-current" />
          {tick.labelled && (
            <text x={tick.x} y={axisY + 18} textAnchor="middle" fontSize={10} className="fill-current">
              {(tick === dated ? monthAndYear : month).format(new Date(Date.UTC(tick.year, tick.month - 1, 1)))}
            </text>
          )}
        </g>
      ))}
      {layout.ticks.map((tick) => (
        <g key={tick.year}>
          <line x1={tick.x} x2={tick.x} y1={axisY - 4} y2={axisY + 6} className="stroke-current" />
          <text x={tick.x} y={axisY + 18} textAnchor="middle" fontSize={11} className="fill-current font-medium">
            {tick.year}
          </text>
        </g>
      ))}
    </g>
  );
}
