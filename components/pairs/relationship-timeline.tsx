// The relationship between two states drawn as a timeline: a server-rendered SVG whose every event is a link,
// focusable in chronological order, in a scrollable region on narrow screens; then a legend, and the same events
// as an ordered list (visits holding what was signed during them), which is the graphic's text equivalent.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { agreementsHref } from "@/lib/agreements/search-href";
import { formatPartialDate, formatPartialDateRange } from "@/lib/dates/partial-date";
import { type Locale, localeDirection } from "@/lib/i18n/locales";
import type { LocalizedText } from "@/lib/i18n/localize";
import { flattenTimeline, type TimelineEntry } from "@/lib/pairs/timeline";
import { layoutTimeline } from "@/lib/pairs/timeline-layout";
import { TimelineAxis, TimelineLabels, timelineLabelTexts } from "./timeline-annotations";
import { LegendSwatch, MarkerRing, MarkerShape, MoreLabel, VisitBand, type MarkerKind } from "./timeline-marker";

export interface RelationshipTimelineProps {
  entries: TimelineEntry[];
  undated: { id: number; slug: string; title: LocalizedText }[];
  undatedCount: number;
  /** The two states, upper-case code to name, in canonical order. */
  countries: [code: string, name: string][];
  locale: Locale;
}

type Translate = Awaited<ReturnType<typeof getTranslations<"timeline">>>;

function describe(entry: TimelineEntry, t: Translate, locale: Locale, names: Map<string, string>, parties: string[]) {
  switch (entry.kind) {
    case "visit": {
      const { visit } = entry;
      const dates = formatPartialDateRange(visit.startOn, visit.endOn, locale) ?? "";
      const from = names.get(visit.visitorCountryCode) ?? visit.visitorCountryCode;
      const host = names.get(visit.hostCountryCode) ?? visit.hostCountryCode;
      return { href: `/visits/${visit.slug}`, label: t("visit", { visitor: visit.visitorName, from, host, dates }) };
    }
    case "more":
      return {
        href: agreementsHref({ party: parties, from: entry.year, to: entry.year }),
        label: t("more", { count: entry.count, year: String(entry.year) }),
      };
    default: {
      const message = entry.kind === "signature" ? "signed" : entry.kind;
      const date = formatPartialDate(entry.date, locale);
      return { href: `/agreements/${entry.agreement.slug}`, label: t(message, { title: entry.agreement.title.text, date }) };
    }
  }
}

const markerKind = (entry: TimelineEntry): MarkerKind =>
  entry.kind === "signature" ? (entry.declaration ? "declaration" : "signature") : (entry.kind as MarkerKind);

export async function RelationshipTimeline({ entries, undated, undatedCount, countries, locale }: RelationshipTimelineProps) {
  const t = await getTranslations("timeline");
  const names = new Map(countries);
  const [[, nameA], [, nameB]] = countries as [[string, string], [string, string]];
  const parties = countries.map(([code]) => code).sort();
  const ordered = flattenTimeline(entries);
  const labelled = new Map(ordered.map((entry) => [entry.key, describe(entry, t, locale, names, parties)]));
  const layout = layoutTimeline(entries, timelineLabelTexts(entries, t, locale, names));
  const title = t("title", { a: nameA, b: nameB });
  const { firstYear, lastYear } = layout;

  const graphic = (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      style={{ minWidth: `${layout.width}px`, direction: "ltr" }}
      role="group"
      aria-labelledby="timeline-title"
      aria-describedby="timeline-description"
      data-testid="timeline-graphic"
    >
      <title id="timeline-title">{title}</title>
      <desc id="timeline-description">{t("description", { first: String(firstYear), last: String(lastYear) })}</desc>
      <TimelineAxis layout={layout} locale={locale} />
      <TimelineLabels layout={layout} direction={localeDirection(locale)} />
      {ordered.map((entry) => {
        const { href, label } = labelled.get(entry.key)!;
        const band = layout.bands.get(entry.key);
        const point = layout.points.get(entry.key);
        const position = band ? { "data-x0": band.x0, "data-x1": band.x1 } : { "data-x": point?.x };
        return (
          <a key={entry.key} href={href} aria-label={label} className="group outline-none" data-kind={entry.kind} {...position}>
            <title>{label}</title>
            {band ? (
              <VisitBand {...band} />
            ) : point && entry.kind === "more" ? (
              <MoreLabel {...point} count={entry.count} />
            ) : point ? (
              <>
                <MarkerShape kind={markerKind(entry)} {...point} />
                <MarkerRing {...point} />
              </>
            ) : null}
          </a>
        );
      })}
    </svg>
  );

  const link = (entry: TimelineEntry) => {
    const { href, label } = labelled.get(entry.key)!;
    return (
      <Link href={href} className="text-primary hover:underline">
        {label}
      </Link>
    );
  };

  return (
    <div className="flex flex-col gap-4">
      {entries.length === 0 ? (
        <p className="text-muted-foreground">{t("empty")}</p>
      ) : (
        <>
          {/* Focusable so keyboard users can scroll the timeline sideways on a phone. Its box runs right to left, so a
              timeline wider than the screen opens scrolled to its latest years (without JavaScript too); the graphic
              inside runs left to right. */}
          <div
            role="region"
            aria-label={t("region")}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus (axe: scrollable-region-focusable).
            tabIndex={0}
            className="relative overflow-x-auto rounded-md border p-2 [direction:rtl] focus-visible:outline-2 focus-visible:outline-ring"
          >
            {graphic}
          </div>
          <ul aria-label={t("legend")} className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
            {(["visit", "declaration", "signature", "entryIntoForce", "end", "more"] as const).map((kind) => (
              <li key={kind} className="flex items-center gap-2">
                <LegendSwatch kind={kind} />
                {t(`legend${kind[0]!.toUpperCase()}${kind.slice(1)}` as "legendVisit")}
              </li>
            ))}
          </ul>
        </>
      )}
      <details open className="rounded-md border p-3">
        <summary className="cursor-pointer font-medium">{t("list")}</summary>
        {entries.length > 0 && (
          <ol className="mt-3 flex list-decimal flex-col gap-2 ps-6" data-testid="timeline-list">
            {entries.map((entry) => (
              <li key={entry.key} data-kind={entry.kind}>
                {link(entry)}
                {entry.kind === "visit" && entry.signatures.length > 0 && (
                  <ol aria-label={t("signedDuring")} className="mt-1 flex list-[lower-alpha] flex-col gap-1 ps-6">
                    {entry.signatures.map((signature) => (
                      <li key={signature.key} data-kind={signature.kind}>
                        {link(signature)}
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        )}
        {undatedCount > 0 && (
          <div className="mt-3">
            <p>{t("undated", { count: undatedCount })}</p>
            <ul className="mt-1 flex list-disc flex-col gap-1 ps-6" data-testid="timeline-undated">
              {undated.map((agreement) => (
                <li key={agreement.id}>
                  <Link href={`/agreements/${agreement.slug}`} lang={agreement.title.lang} className="text-primary hover:underline">
                    {agreement.title.text}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </details>
    </div>
  );
}
