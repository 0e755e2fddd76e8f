// The pair page's SQL on a database with known agreements and visits; expectations come from the fixture's list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timelinePerYear } from "@/lib/pairs/timeline-limits";
import {
  pairCountsQuery,
  pairDomainsQuery,
  pairLatestAgreementsQuery,
  pairTimelineQuery,
  pairUndatedQuery,
  pairVisitsQuery,
} from "@/lib/db/sql/relationship";
import { allAgreements, allVisits, createRelationshipFixture, live, type RelationshipFixture } from "../helpers/relationship-fixture";

let fixture: RelationshipFixture;
beforeAll(async () => {
  fixture = await createRelationshipFixture();
}, 120_000);
afterAll(() => fixture?.remove());

const ofPair = (a: string, b: string) =>
  allAgreements.filter((agreement) => live(agreement) && agreement.parties.includes(a) && agreement.parties.includes(b));
const slugs = (rows: { id: number }[]) => Promise.all(rows.map(({ id }) => fixture.slugOf(id)));

interface TimelineRow {
  slug: string;
  signedOn: string;
  visitId: number | null;
  year: string;
  rank: number;
  yearCount: number;
}

describe("pair queries", async () => {
  it("count the pair's agreements and those without a date, archived ones left out", async () => {
    const [counts] = await fixture.all<{ agreementCount: number; undatedCount: number }>(pairCountsQuery("FR", "MA"));
    const expected = ofPair("FR", "MA");
    expect(counts).toEqual({ agreementCount: expected.length, undatedCount: expected.filter((a) => !a.signedOn).length });
    expect(expected.some((agreement) => agreement.slug === "fr-ma-archived-2001")).toBe(false);
  });

  it("put an agreement of three or more parties on every pair it includes", async () => {
    for (const [a, b] of [
      ["IL", "MA"],
      ["MA", "US"],
      ["IL", "US"],
    ] as const) {
      const ids = await fixture.all<{ id: number }>(pairLatestAgreementsQuery(a, b, 50));
      expect(await slugs(ids), `${a}-${b}`).toContain("ma-il-us-tripartite-declaration-2020");
      expect(ids).toHaveLength(ofPair(a, b).length);
    }
    expect(await slugs(await fixture.all(pairLatestAgreementsQuery("ES", "MA", 50)))).toEqual(["es-fr-ma-2018"]);
  });

  it("give the same answer whichever order the states come in", async () => {
    expect(await fixture.all(pairCountsQuery("MA", "FR"))).toEqual(await fixture.all(pairCountsQuery("FR", "MA")));
    expect(await fixture.all(pairDomainsQuery("MA", "FR"))).toEqual(await fixture.all(pairDomainsQuery("FR", "MA")));
  });

  it("list the pair's agreements newest first, unknown dates last, up to the limit", async () => {
    const expected = [...ofPair("IL", "MA")].sort((a, b) => (b.signedOn ?? "").localeCompare(a.signedOn ?? ""));
    const listed = await slugs(await fixture.all(pairLatestAgreementsQuery("IL", "MA", 2)));
    expect(listed).toEqual(expected.slice(0, 2).map((agreement) => agreement.slug));
    expect(listed).toEqual(["ma-il-defence-mou-2021", "ma-il-us-tripartite-declaration-2020"]);
  });

  it("count the pair's domains with first and last year, archived agreements left out", async () => {
    const names = new Map(
      (await fixture.all<{ id: number; slug: string }>({ sql: `SELECT "id", "slug" FROM "CooperationDomain"`, params: [] })).map((d) => [
        d.id,
        d.slug,
      ]),
    );
    const rows = await fixture.all<{ domainId: number; count: number; firstYear: string | null; lastYear: string | null }>(
      pairDomainsQuery("FR", "MA"),
    );
    const training = ofPair("FR", "MA").filter((agreement) => agreement.domains.includes("training"));
    const years = training.flatMap((agreement) => (agreement.signedOn ? [agreement.signedOn.slice(0, 4)] : [])).sort();
    expect(rows.find((row) => names.get(row.domainId) === "training")).toMatchObject({
      count: training.length,
      firstYear: years[0],
      lastYear: years.at(-1),
    });
    const cyber = rows.find((row) => names.get(row.domainId) === "cybersecurity");
    expect(cyber).toMatchObject({ count: 2, firstYear: "2015", lastYear: "2015" }); // one undated: no year
    expect(rows.map((row) => names.get(row.domainId))).not.toContain("exercises");
    expect(rows.map((row) => row.count)).toEqual([...rows.map((row) => row.count)].sort((a, b) => b - a));
  });

  it("list visits in either direction, in order, archived ones left out", async () => {
    const visits = (await fixture.all<{ slug: string }>(pairVisitsQuery("FR", "MA"))).map((visit) => visit.slug);
    const expected = allVisits
      .filter((visit) => !visit.archived && new Set([visit.visitorCountryCode, visit.hostCountryCode]).size === 2)
      .filter((visit) => [visit.visitorCountryCode, visit.hostCountryCode].sort().join() === "FR,MA")
      .sort((a, b) => a.startOn.localeCompare(b.startOn))
      .map((visit) => visit.slug);
    expect(visits).toEqual(expected);
    expect(visits).toEqual(["fr-ma-2010-06", "ma-fr-2016"]);
  });

  it("draw at most the cap per year on the timeline, visit signatures first, and say how many the year holds", async () => {
    const rows = await fixture.all<TimelineRow>(pairTimelineQuery("FR", "MA", timelinePerYear));
    const of2010 = rows.filter((row) => row.year === "2010");
    const expected2010 = ofPair("FR", "MA").filter((agreement) => agreement.signedOn?.startsWith("2010"));
    expect(expected2010.length).toBeGreaterThan(timelinePerYear);
    expect(of2010).toHaveLength(timelinePerYear);
    expect(of2010.every((row) => row.yearCount === expected2010.length)).toBe(true);
    expect(of2010.map((row) => row.slug)).toContain("fr-ma-2010-7"); // signed during the visit, though latest
    expect(rows.map((row) => row.signedOn)).toEqual(rows.map((row) => row.signedOn).sort());
    const dated = ofPair("FR", "MA").filter((agreement) => agreement.signedOn);
    expect(rows).toHaveLength(dated.length - (expected2010.length - timelinePerYear));
  });

  it("name the undated agreements apart", async () => {
    const rows = await fixture.all<{ slug: string }>(pairUndatedQuery("IL", "MA", 10));
    expect(rows.map((row) => row.slug).sort()).toEqual(
      ofPair("IL", "MA")
        .filter((a) => !a.signedOn)
        .map((a) => a.slug)
        .sort(),
    );
  });
});
