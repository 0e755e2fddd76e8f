import { describe, expect, it } from "vitest";
import { formatPartialDate, formatPartialDateRange, parsePartialDate } from "@/lib/dates/partial-date";

describe("partial dates", () => {
  it("parses a year, a month or a day", () => {
    expect(parsePartialDate("2020")).toEqual({ year: 2020, precision: "year" });
    expect(parsePartialDate("2020-12")).toEqual({ year: 2020, month: 12, precision: "month" });
    expect(parsePartialDate("2021-11-24")).toEqual({ year: 2021, month: 11, day: 24, precision: "day" });
  });

  it("rejects impossible months and days and other shapes", () => {
    for (const value of ["2021-13", "2021-02-30", "2021-00-10", "21-11-24", "2021/11/24", "", "2021-11-24T00:00"]) {
      expect(parsePartialDate(value)).toBeNull();
    }
  });

  it("formats to the precision that is known, in English and French", () => {
    expect(formatPartialDate("2021-11-24", "en")).toBe("24 November 2021");
    expect(formatPartialDate("2021-11-24", "fr")).toBe("24 novembre 2021");
    expect(formatPartialDate("2020-12", "en")).toBe("December 2020");
    expect(formatPartialDate("2020-12", "fr")).toBe("décembre 2020");
    expect(formatPartialDate("1999", "fr")).toBe("1999");
  });

  it("shortens a range within one month", () => {
    expect(formatPartialDateRange("2021-11-23", "2021-11-24", "en")).toBe("23–24 November 2021");
    expect(formatPartialDateRange("2021-11-23", "2021-11-24", "fr")).toBe("23–24 novembre 2021");
    expect(formatPartialDateRange("2021-11-30", "2021-12-01", "en")).toBe("30 November 2021 – 1 December 2021");
    expect(formatPartialDateRange(null, null, "en")).toBeNull();
  });
});
