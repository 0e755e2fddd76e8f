// Where the dashboard's bars and pairs lead, and the shape of the year chart.
import { describe, expect, it } from "vitest";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { domainHref, pairHref, partyHref, yearHref } from "@/lib/dashboard/links";
import { yearSeries, yearTicks } from "@/lib/dashboard/year-series";

const searchOf = (href: string) => parseAgreementSearch(new URL(href, "http://x").searchParams);

describe("dashboard links", () => {
  it("lead to the table filtered by the table's own URL contract", () => {
    expect(domainHref("cybersecurity")).toBe("/agreements?domain=cybersecurity");
    expect(partyHref("MA")).toBe("/agreements?party=ma");
    expect(yearHref(2021)).toBe("/agreements?from=2021&to=2021");
    expect(searchOf(yearHref(1999)!)).toMatchObject({ from: 1999, to: 1999 });
    expect(searchOf(partyHref("IL")).party).toEqual(["IL"]);
  });

  it("leave out years the table's filter cannot express", () => {
    expect(yearHref(1500)).toBeNull();
  });

  it("give a pair one address, codes in lower case and alphabetical order", () => {
    expect(pairHref("MA", "IL")).toBe("/pairs/il-ma");
    expect(pairHref("IL", "MA")).toBe("/pairs/il-ma");
  });
});

describe("year series", () => {
  it("fills the years between the first and the last with zeros", () => {
    expect(
      yearSeries([
        { year: 2019, count: 2 },
        { year: 2021, count: 1 },
      ]),
    ).toEqual([
      { year: 2019, count: 2 },
      { year: 2020, count: 0 },
      { year: 2021, count: 1 },
    ]);
    expect(yearSeries([])).toEqual([]);
  });

  it("names every year on a short axis and one in ten on a long one", () => {
    expect(yearTicks([2019, 2020, 2021])).toEqual([2019, 2020, 2021]);
    const long = Array.from({ length: 77 }, (_, index) => 1950 + index);
    expect(yearTicks(long)).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
  });
});
