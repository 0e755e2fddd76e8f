import { describe, expect, it } from "vitest";
import { columnPreferences } from "@/lib/visits/column-preferences";

describe("the visits table's hidden columns cookie", () => {
  it("keeps known hideable columns once each, never the official", () => {
    expect(columnPreferences.parse("city,official,colour,city,kind")).toEqual(["city", "kind"]);
    expect(columnPreferences.parse(encodeURIComponent("host,agreements"))).toEqual(["host", "agreements"]);
    expect(columnPreferences.parse("%E0%A4%A")).toEqual([]);
    expect(columnPreferences.parse(undefined)).toEqual([]);
  });

  it("writes a cookie that reads back the same columns", () => {
    const cookie = columnPreferences.toCookie(["city", "official", "kind"]);
    expect(cookie).toMatch(/^accords-visits-columns=city%2Ckind; path=\/; max-age=\d+; samesite=lax$/);
    const value = cookie.slice(cookie.indexOf("=") + 1, cookie.indexOf(";"));
    expect(columnPreferences.parse(value)).toEqual(["city", "kind"]);
  });
});
