import { describe, expect, it } from "vitest";
import { columnPreferences } from "@/lib/agreements/column-preferences";

describe("the agreements table's hidden columns cookie", () => {
  it("keeps known hideable columns once each, never the title", () => {
    expect(columnPreferences.parse("place,title,colour,place,status")).toEqual(["place", "status"]);
    expect(columnPreferences.parse(encodeURIComponent("domains,visit"))).toEqual(["domains", "visit"]);
    expect(columnPreferences.parse("%E0%A4%A")).toEqual([]);
    expect(columnPreferences.parse(undefined)).toEqual([]);
  });

  it("writes a cookie value that reads back the same columns, never the column that names the row", () => {
    const value = columnPreferences.serialize(["place", "title", "status"]);
    expect(value).toBe("place,status");
    expect(columnPreferences.parse(value)).toEqual(["place", "status"]);
  });
});
