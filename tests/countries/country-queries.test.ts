// The country page's SQL on a database with known agreements and visits; expectations are computed from the
// fixture's list, so a wrong join, a missing archived filter or a wrong order shows as a difference.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countryCountsQuery,
  countryDomainsQuery,
  countryIndexQuery,
  countryLatestAgreementsQuery,
  countryLatestVisitsQuery,
  countryPartnersQuery,
} from "@/lib/db/sql/relationship";
import { allAgreements, allVisits, createRelationshipFixture, live, type RelationshipFixture } from "../helpers/relationship-fixture";

let fixture: RelationshipFixture;
beforeAll(async () => {
  fixture = await createRelationshipFixture();
}, 120_000);
afterAll(() => fixture?.remove());

const ofCountry = (code: string) => allAgreements.filter((agreement) => live(agreement) && agreement.parties.includes(code));

function expectedPartners(code: string) {
  const counts = new Map<string, number>();
  for (const agreement of ofCountry(code)) {
    for (const party of agreement.parties) if (party !== code) counts.set(party, (counts.get(party) ?? 0) + 1);
  }
  return [...counts]
    .map(([partner, count]) => ({ code: partner, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

describe("country queries", async () => {
  it("rank a state's partners by number of shared agreements, archived ones left out", async () => {
    const partners = await fixture.all<{ code: string; count: number }>(countryPartnersQuery("MA"));
    expect(partners).toEqual(expectedPartners("MA"));
    expect(partners.map((partner) => partner.code)).not.toContain("DE"); // only an archived agreement with DE
    expect(partners[0]).toEqual({ code: "FR", count: expect.any(Number) });
  });

  it("count every party of a three-party agreement as a partner", async () => {
    expect(await fixture.all<{ code: string; count: number }>(countryPartnersQuery("US"))).toEqual(expectedPartners("US"));
    expect((await fixture.all<{ code: string }>(countryPartnersQuery("ES"))).map((partner) => partner.code)).toEqual(["FR", "MA"]);
  });

  it("count domains with the first and last year of signature, archived agreements left out", async () => {
    const rows = await fixture.all<{ domainId: number; count: number; firstYear: string | null; lastYear: string | null }>(
      countryDomainsQuery("FR"),
    );
    const slugs = new Map(
      (await fixture.all<{ id: number; slug: string }>({ sql: `SELECT "id", "slug" FROM "CooperationDomain"`, params: [] })).map((d) => [
        d.id,
        d.slug,
      ]),
    );
    const expected = new Map<string, { count: number; years: number[] }>();
    for (const agreement of ofCountry("FR")) {
      for (const domain of agreement.domains) {
        const entry = expected.get(domain) ?? { count: 0, years: [] };
        entry.count += 1;
        if (agreement.signedOn) entry.years.push(Number(agreement.signedOn.slice(0, 4)));
        expected.set(domain, entry);
      }
    }
    expect(
      Object.fromEntries(rows.map((row) => [slugs.get(row.domainId), { count: row.count, first: row.firstYear, last: row.lastYear }])),
    ).toEqual(
      Object.fromEntries(
        [...expected].map(([slug, { count, years }]) => [
          slug,
          { count, first: years.length ? String(Math.min(...years)) : null, last: years.length ? String(Math.max(...years)) : null },
        ]),
      ),
    );
    expect(rows.map((row) => slugs.get(row.domainId))).not.toContain("exercises");
  });

  it("count a state's agreements and the visits it gave and received, archived ones left out", async () => {
    const [counts] = await fixture.all<{ agreementCount: number; visitsGiven: number; visitsReceived: number }>(countryCountsQuery("MA"));
    expect(counts).toEqual({
      agreementCount: ofCountry("MA").length,
      visitsGiven: allVisits.filter((visit) => !visit.archived && visit.visitorCountryCode === "MA").length,
      visitsReceived: allVisits.filter((visit) => !visit.archived && visit.hostCountryCode === "MA").length,
    });
  });

  it("list the latest agreements newest first, unknown dates last", async () => {
    const expected = [...ofCountry("MA")]
      .sort((a, b) => (b.signedOn ?? "").localeCompare(a.signedOn ?? ""))
      .slice(0, 4)
      .map((agreement) => agreement.slug);
    const ids = await fixture.all<{ id: number }>(countryLatestAgreementsQuery("MA", 4));
    expect(await Promise.all(ids.map(({ id }) => fixture.slugOf(id)))).toEqual(expected);
  });

  it("list visits given and received separately", async () => {
    const given = await fixture.all<{ id: number }>(countryLatestVisitsQuery("MA", "visitor", 10));
    const received = await fixture.all<{ id: number }>(countryLatestVisitsQuery("MA", "host", 10));
    const slug = async ({ id }: { id: number }) =>
      (await fixture.all<{ slug: string }>({ sql: `SELECT "slug" FROM "Visit" WHERE "id" = ?`, params: [id] }))[0]!.slug;
    expect(await Promise.all(given.map(slug))).toEqual(["ma-fr-2016"]);
    expect(await Promise.all(received.map(slug))).toEqual(
      allVisits
        .filter((visit) => visit.hostCountryCode === "MA")
        .sort((a, b) => b.startOn.localeCompare(a.startOn))
        .map((visit) => visit.slug),
    );
  });

  it("give every state its agreements and visits in the index", async () => {
    const index = new Map(
      (await fixture.all<{ code: string; agreementCount: number; visitCount: number }>(countryIndexQuery())).map((row) => [row.code, row]),
    );
    for (const code of ["MA", "FR", "IL", "US", "ES", "DE", "BR"]) {
      const visits = allVisits.filter((visit) => !visit.archived && [visit.visitorCountryCode, visit.hostCountryCode].includes(code));
      expect(index.get(code), code).toMatchObject({ agreementCount: ofCountry(code).length, visitCount: visits.length });
    }
  });
});
