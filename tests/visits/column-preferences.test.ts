import { describe, expect, it } from "vitest";
import { columnPreferences } from "@/lib/visits/column-preferences";

describe("the visits table's hidden columns cookie", () => {
  it("keeps known hideable columns once each, never the official", () => {
    expect(columnPreferences.parse("city,official,colour,city,kind")).toEqual(["city", "kind"]);
    expect(columnPreferences.parse(encodeURIComponent("host,agreements"))).toEqual(["host", "agreements"]);
    expect(columnPreferences.parse("%E0%A4%A")).toEqual([]);
    expect(columnPreferences.parse(undefined)).toEqual([]);
  });

  it("writes a cookie value that reads back the same columns, never the column that names the row", () => {
    const value = columnPreferences.serialize(["city", "official", "kind"]);
    expect(value).toBe("city,kind");
    expect(columnPreferences.parse(value)).toEqual(["city", "kind"]);
  });
});
