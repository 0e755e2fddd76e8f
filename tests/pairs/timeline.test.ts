// The timeline's order and geometry, from the Morocco–Israel seed records.
import { describe, expect, it } from "vitest";
import { buildTimeline, flattenTimeline, type TimelineAgreement, type TimelineVisit } from "@/lib/pairs/timeline";
import { dateTime, geometry, layoutTimeline } from "@/lib/pairs/timeline-layout";
import { agreements, visit } from "@/prisma/seed/morocco-israel";

const visitId = 1;
const seedVisit: TimelineVisit = {
  id: visitId,
  slug: visit.slug,
  startOn: visit.startOn,
  endOn: visit.endOn,
  visitorName: "Benjamin Gantz",
  visitorCountryCode: visit.visitorCountryCode,
  hostCountryCode: visit.hostCountryCode,
};
const dated: TimelineAgreement[] = agreements
  .filter((agreement) => agreement.signedOn)
  .map((agreement, index) => ({
    id: index + 1,
    slug: agreement.slug,
    title: { text: agreement.titleEn ?? agreement.title, lang: "en" },
    form: agreement.form,
    signedOn: agreement.signedOn!,
    entryIntoForceOn: null,
    endedOn: null,
    visitId: agreement.signedDuringVisit ? visitId : null,
    yearCount: 1,
  }));

describe("relationship timeline", () => {
  const entries = buildTimeline(dated, [seedVisit]);

  it("orders the declaration, then the visit holding the MoU signed during it", () => {
    expect(flattenTimeline(entries).map((entry) => entry.key)).toEqual([
      `signature-${dated.find((a) => a.form === "DECLARATION")!.id}`,
      `visit-${visitId}`,
      `signature-${dated.find((a) => a.visitId === visitId)!.id}`,
    ]);
    const [declaration, held] = entries;
    expect(declaration).toMatchObject({ kind: "signature", declaration: true });
    expect(held).toMatchObject({ kind: "visit", signatures: [{ agreement: { slug: "ma-il-defence-mou-2021" }, declaration: false }] });
  });

  it("draws the MoU inside the visit's band, after the declaration", () => {
    const layout = layoutTimeline(entries);
    const band = layout.bands.get(`visit-${visitId}`)!;
    const declaration = layout.points.get(entries[0]!.key)!;
    const mou = layout.points.get(flattenTimeline(entries)[2]!.key)!;
    expect(declaration.x).toBeLessThan(band.x0);
    expect(mou.x - geometry.marker).toBeGreaterThanOrEqual(band.x0);
    expect(mou.x + geometry.marker).toBeLessThanOrEqual(band.x1);
    expect(mou.y).toBeGreaterThan(band.y);
    expect(mou.y).toBeLessThan(band.y + band.height);
    // A short span: the axis runs from the month before the declaration to the month after the visit.
    expect(layout.ticks.map((tick) => tick.year)).toEqual([2021, 2022]);
    expect(layout.monthTicks[0]).toMatchObject({ year: 2020, month: 12, labelled: true });
  });

  it("places a partial date at the start of its period", () => {
    expect(dateTime("2020-12")).toBe(Date.UTC(2020, 11, 1));
    expect(dateTime("2020")).toBe(Date.UTC(2020, 0, 1));
    expect(dateTime("2021-11-24", true)).toBe(Date.UTC(2021, 10, 25));
    expect(dateTime("2020-12", true)).toBe(Date.UTC(2021, 0, 1));
  });

  it("adds a 'more' entry after a year whose agreements are not all drawn", () => {
    const crowded = dated.map((agreement) => ({ ...agreement, visitId: null, yearCount: 4 }));
    const built = buildTimeline(crowded, []);
    const more = built.filter((entry) => entry.kind === "more");
    expect(more.map((entry) => entry.kind === "more" && [entry.year, entry.count])).toEqual([
      [2020, 3],
      [2021, 3],
    ]);
    expect(built.findIndex((entry) => entry.key === "more-2020")).toBeLessThan(built.findIndex((entry) => entry.date.startsWith("2021")));
  });

  it("places entries into force and ends at their own dates, each linking to its agreement", () => {
    const treaty = { ...dated[0]!, id: 50, visitId: null, signedOn: "2001-03", entryIntoForceOn: "2003", endedOn: "2019-07-01" };
    const built = flattenTimeline(buildTimeline([treaty, ...dated], [seedVisit]));
    expect(built.map((entry) => entry.key).slice(0, 3)).toEqual(["signature-50", "force-50", "end-50"]);
    expect(built.map((entry) => entry.date)).toEqual([...built.map((entry) => entry.date)].sort());
  });

  it("keeps points from overlapping in a row", () => {
    const sameDay = Array.from({ length: 6 }, (_, index) => ({ ...dated[0]!, id: 100 + index, visitId: null, signedOn: "2020-12-01" }));
    const layout = layoutTimeline(buildTimeline(sameDay, []));
    const ys = new Set([...layout.points.values()].map((point) => point.y));
    expect(ys.size).toBe(6);
  });
});
