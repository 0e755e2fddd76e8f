import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSort, serializeVisitSearch } from "@/lib/visits/search-params";
import { parseVisitSearch } from "@/lib/visits/search-parser";
import { visitsHref } from "@/lib/visits/search-href";
import { nextSearchParams, queryWithUnknownNames } from "../helpers/query-arbitraries";

const parse = (query: string) => parseVisitSearch(new URLSearchParams(query));

describe("the visits URL contract", () => {
  it("applies the defaults to an empty query: newest first, page 1 of 25", () => {
    expect(parse("")).toEqual({
      q: "",
      visitor: [],
      host: [],
      kind: [],
      sources: [],
      from: null,
      to: null,
      sort: defaultSort,
      page: 1,
      size: 25,
    });
    expect(defaultSort).toEqual({ field: "startOn", desc: true });
  });

  it("reads every parameter, repeatable ones included", () => {
    expect(
      parse(
        "q=+défense+&visitor=ma&visitor=IL&host=fr&kind=OFFICIAL&kind=STATE&sources=none&from=2000&to=2010&sort=-official&page=3&size=100",
      ),
    ).toEqual({
      q: "défense",
      visitor: ["MA", "IL"],
      host: ["FR"],
      kind: ["OFFICIAL", "STATE"],
      sources: ["none"],
      from: 2000,
      to: 2010,
      sort: { field: "official", desc: true },
      page: 3,
      size: 100,
    });
  });

  it("accepts each sort field of the contract, ascending or descending", () => {
    for (const field of ["startOn", "official", "visitor", "host", "kind", "city"]) {
      expect(parse(`sort=${field}`).sort).toEqual({ field, desc: false });
      expect(parse(`sort=-${field}`).sort).toEqual({ field, desc: true });
    }
  });

  it("drops bad values and keeps the good ones", () => {
    const search = parse("visitor=mar&visitor=ma&visitor=MA&host=1x&kind=official&kind=WORKING&size=30&page=0&sort=title&from=x&to=2200");
    expect(search).toMatchObject({
      visitor: ["MA"],
      host: [],
      kind: ["WORKING"],
      size: 25,
      page: 1,
      sort: defaultSort,
      from: null,
      to: null,
    });
  });

  it("swaps a year range given backwards", () => {
    expect(parse("from=2021&to=2001")).toMatchObject({ from: 2001, to: 2021 });
  });

  it("reads Next's searchParams object as well as URLSearchParams", () => {
    expect(parseVisitSearch({ host: ["il", "MA"], visitor: "fr", q: "gantz" })).toMatchObject({
      host: ["IL", "MA"],
      visitor: ["FR"],
      q: "gantz",
    });
  });

  it("serialises to a canonical query, codes in lower case and defaults left out, that parses back", () => {
    const search = parse("host=IL&visitor=MA&kind=OFFICIAL&sort=city&page=2&size=50&from=2021&to=2021&q=rabat");
    const query = serializeVisitSearch(search).toString();
    expect(query).toBe("q=rabat&visitor=ma&host=il&kind=OFFICIAL&from=2021&to=2021&sort=city&page=2&size=50");
    expect(parse(query)).toEqual(search);
    expect(serializeVisitSearch(parse("sort=-startOn&page=1&size=25")).toString()).toBe("");
  });

  it("keeps the addresses other pages link to", () => {
    for (const href of ["/visits?visitor=ma", "/visits?host=il", "/visits?from=2021&to=2021"]) {
      expect(visitsHref(parseVisitSearch(new URL(href, "http://localhost").searchParams))).toBe(href);
    }
    expect(visitsHref(parseVisitSearch(new URL("/visits?visitor=MA", "http://localhost").searchParams))).toBe("/visits?visitor=ma");
    expect(visitsHref(parse(""))).toBe("/visits");
  });

  it("reads the defaults and a sort that follow a __proto__ parameter in Next's searchParams object", () => {
    expect(parseVisitSearch(nextSearchParams([["__proto__", "x"]]))).toEqual(parse(""));
    expect(
      parseVisitSearch(
        nextSearchParams([
          ["__proto__", "x"],
          ["sort", "city"],
        ]),
      ),
    ).toEqual(parse("sort=city"));
    expect(
      parseVisitSearch(
        nextSearchParams([
          ["constructor", "x"],
          ["toString", "y"],
          ["hasOwnProperty", "z"],
          ["host", "il"],
        ]),
      ),
    ).toEqual(parse("host=il"));
  });

  it("ignores parameters of any other name, prototype names included, in either form", () => {
    const known = ["q", "visitor", "host", "kind", "from", "to", "sort", "page", "size"];
    const plausible = ["rabat", "ma", "IL", "OFFICIAL", "STATE", "2001", "2021", "city", "-official", "3", "100"];
    fc.assert(
      fc.property(queryWithUnknownNames(known, plausible), ({ knownOnly, mixed }) => {
        const expected = parseVisitSearch(new URLSearchParams(knownOnly.map(([name, value]) => [name, value])));
        expect(parseVisitSearch(new URLSearchParams(mixed.map(([name, value]) => [name, value])))).toEqual(expected);
        expect(parseVisitSearch(nextSearchParams(mixed))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
