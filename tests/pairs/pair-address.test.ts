import { describe, expect, it } from "vitest";
import { pairPath, parseCountryParam, parsePairParam } from "@/lib/pairs/pair-address";

describe("pair addresses", () => {
  it("accept the canonical address: lower case, alphabetical", () => {
    expect(parsePairParam("il-ma")).toEqual({ kind: "canonical", value: ["IL", "MA"] });
  });

  it("redirect the reverse order and upper case to the canonical address", () => {
    expect(parsePairParam("ma-il")).toEqual({ kind: "redirect", path: "/pairs/il-ma" });
    expect(parsePairParam("IL-MA")).toEqual({ kind: "redirect", path: "/pairs/il-ma" });
    expect(parsePairParam("Ma-iL")).toEqual({ kind: "redirect", path: "/pairs/il-ma" });
  });

  it("refuse a state paired with itself and malformed addresses", () => {
    for (const param of ["ma-ma", "MA-ma", "ma", "ma-", "mar-il", "m1-il", "ma_il", "ma-il-us", "%E0%A4%A"]) {
      expect(parsePairParam(param), param).toEqual({ kind: "invalid" });
    }
  });

  it("build the same address whichever order the codes come in", () => {
    expect(pairPath("MA", "IL")).toBe("/pairs/il-ma");
    expect(pairPath("il", "ma")).toBe(pairPath("ma", "il"));
  });
});

describe("country addresses", () => {
  it("accept lower case, redirect upper case, refuse the rest", () => {
    expect(parseCountryParam("ma")).toEqual({ kind: "canonical", value: "MA" });
    expect(parseCountryParam("MA")).toEqual({ kind: "redirect", path: "/countries/ma" });
    expect(parseCountryParam("mA")).toEqual({ kind: "redirect", path: "/countries/ma" });
    for (const param of ["mar", "m", "1a", ""]) expect(parseCountryParam(param), param).toEqual({ kind: "invalid" });
  });
});
