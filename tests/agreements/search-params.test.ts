import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSort, serializeAgreementSearch } from "@/lib/agreements/search-params";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { toSearchParams } from "@/lib/search/url-params";
import { nextSearchParams, queryWithUnknownNames } from "../helpers/query-arbitraries";

const parse = (query: string) => parseAgreementSearch(new URLSearchParams(query));

describe("the agreements URL contract", () => {
  it("applies the defaults to an empty query", () => {
    expect(parse("")).toEqual({
      q: "",
      domain: [],
      party: [],
      form: [],
      nature: [],
      status: [],
      from: null,
      to: null,
      undated: false,
      sources: [],
      sort: defaultSort,
      page: 1,
      size: 25,
    });
  });

  it("reads every parameter, repeatable ones included", () => {
    expect(
      parse(
        "q=+cyber+&domain=training&domain=cybersecurity&party=il&party=MA&form=TREATY&nature=BINDING&status=IN_FORCE&sources=none&from=1990&to=2020&undated=1&sort=-title&page=3&size=100",
      ),
    ).toEqual({
      q: "cyber",
      domain: ["training", "cybersecurity"],
      party: ["IL", "MA"],
      form: ["TREATY"],
      nature: ["BINDING"],
      status: ["IN_FORCE"],
      from: 1990,
      to: 2020,
      undated: true,
      sources: ["none"],
      sort: { field: "title", desc: true },
      page: 3,
      size: 100,
    });
  });

  it("drops bad values and keeps the good ones", () => {
    const search = parse(
      "domain=Training!&domain=training&party=isr&party=il&form=TREATIES&status=in_force&size=30&page=-2&page=4&sort=-colour&from=abc&to=99999",
    );
    expect(search).toMatchObject({
      domain: ["training"],
      party: ["IL"],
      form: [],
      status: [],
      size: 25,
      page: 1,
      sort: defaultSort,
      from: null,
      to: null,
    });
  });

  it("keeps undated agreements only beside a year range, in the canonical address too", () => {
    expect(serializeAgreementSearch(parse("from=2020&undated=1")).toString()).toBe("from=2020&undated=1");
    expect(serializeAgreementSearch(parse("undated=1")).toString()).toBe("");
    expect(parse("undated=yes")).toMatchObject({ undated: false });
    expect(parse("sources=none&sources=some")).toMatchObject({ sources: ["none"] });
  });

  it("swaps a year range given backwards and ignores years out of range", () => {
    expect(parse("from=2020&to=1990")).toMatchObject({ from: 1990, to: 2020 });
    expect(parse("from=1200&to=3000")).toMatchObject({ from: null, to: null });
  });

  it("reads Next's searchParams object as well as URLSearchParams", () => {
    expect(parseAgreementSearch({ party: ["ma", "il"], q: "gantz" })).toMatchObject({ party: ["MA", "IL"], q: "gantz" });
  });

  it("serialises to a canonical query that parses back to the same search", () => {
    const search = parse("party=MA&party=il&domain=training&sort=title&page=2&size=50&from=2000");
    const query = serializeAgreementSearch(search).toString();
    expect(query).toBe("domain=training&party=ma&party=il&from=2000&sort=title&page=2&size=50");
    expect(parse(query)).toEqual(search);
    expect(serializeAgreementSearch(parse("")).toString()).toBe("");
  });

  it("reads a sort that follows a __proto__ parameter in Next's searchParams object", () => {
    const query = nextSearchParams([
      ["__proto__", "x"],
      ["sort", "title"],
    ]);
    expect(parseAgreementSearch(query)).toEqual(parse("sort=title"));
    expect(parseAgreementSearch(nextSearchParams([["__proto__", "x"]]))).toEqual(parse(""));
    expect(
      parseAgreementSearch(
        nextSearchParams([
          ["constructor", "x"],
          ["toString", "y"],
          ["hasOwnProperty", "z"],
          ["q", "cyber"],
        ]),
      ),
    ).toEqual(parse("q=cyber"));
  });

  it("ignores parameters of any other name, prototype names included, in either form", () => {
    const known = ["q", "domain", "party", "form", "nature", "status", "from", "to", "sort", "page", "size"];
    const plausible = ["cyber", "training", "il", "MA", "TREATY", "BINDING", "IN_FORCE", "1990", "2020", "title", "-signedOn", "2", "50"];
    fc.assert(
      fc.property(queryWithUnknownNames(known, plausible), ({ knownOnly, mixed }) => {
        const expected = parseAgreementSearch(new URLSearchParams(knownOnly.map(([name, value]) => [name, value])));
        expect(parseAgreementSearch(new URLSearchParams(mixed.map(([name, value]) => [name, value])))).toEqual(expected);
        expect(parseAgreementSearch(nextSearchParams(mixed))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("turns Next's searchParams object into URLSearchParams of its own text values only", () => {
    const query = toSearchParams(
      nextSearchParams([
        ["__proto__", "x"],
        ["sort", "title"],
        ["constructor", "y"],
        ["saved", "1"],
        ["saved", "2"],
      ]),
    );
    expect([...query]).toEqual([
      ["sort", "title"],
      ["constructor", "y"],
      ["saved", "1"],
      ["saved", "2"],
    ]);
  });
});
