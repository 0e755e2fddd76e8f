import { describe, expect, it } from "vitest";
import { visitColumnPreferences } from "@/lib/visits/column-preferences";

describe("the visits table's hidden columns cookie", () => {
  it("keeps known hideable columns once each, never the official", () => {
    expect(visitColumnPreferences.parse("city,official,colour,city,kind")).toEqual(["city", "kind"]);
    expect(visitColumnPreferences.parse(encodeURIComponent("host,agreements"))).toEqual(["host", "agreements"]);
    expect(visitColumnPreferences.parse("%E0%A4%A")).toEqual([]);
    expect(visitColumnPreferences.parse(undefined)).toEqual([]);
  });

  it("writes a cookie that reads back the same columns", () => {
    const cookie = visitColumnPreferences.toCookie(["city", "official", "kind"]);
    expect(cookie).toMatch(/^accords-visits-columns=city%2Ckind; path=\/; max-age=\d+; samesite=lax$/);
    const value = cookie.slice(cookie.indexOf("=") + 1, cookie.indexOf(";"));
    expect(visitColumnPreferences.parse(value)).toEqual(["city", "kind"]);
  });
});
