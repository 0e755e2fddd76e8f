import { describe, expect, it } from "vitest";
import { columnPreferences } from "@/lib/agreements/column-preferences";

describe("the agreements table's hidden columns cookie", () => {
  it("keeps known hideable columns once each, never the title", () => {
    expect(columnPreferences.parse("place,title,colour,place,status")).toEqual(["place", "status"]);
    expect(columnPreferences.parse(encodeURIComponent("domains,visit"))).toEqual(["domains", "visit"]);
    expect(columnPreferences.parse("%E0%A4%A")).toEqual([]);
    expect(columnPreferences.parse(undefined)).toEqual([]);
  });

  it("writes a cookie that reads back the same columns", () => {
    const cookie = columnPreferences.toCookie(["place", "title", "status"]);
    expect(cookie).toMatch(/^accords-agreements-columns=place%2Cstatus; path=\/; max-age=\d+; samesite=lax$/);
    const value = cookie.slice(cookie.indexOf("=") + 1, cookie.indexOf(";"));
    expect(columnPreferences.parse(value)).toEqual(["place", "status"]);
  });
});
