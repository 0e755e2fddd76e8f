// The address to come back to after sign-in (and after the language switch) must stay on this site, however it
// is spelled: browsers drop tabs and newlines from a Location and read a backslash as a slash.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localPath, returnPath, signInHref, sitePath } from "@/lib/auth/paths";

const hostile = [
  "//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/%2F%2Fevil.example",
  "/%2f%2fevil.example",
  "/%5Cevil.example",
  "/%5cevil.example",
  "https://evil.example",
  "HTTPS://evil.example/agreements",
  "javascript:alert(1)",
  "/%09/evil.example",
  "/\t/evil.example",
  "\t//evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/ /evil.example".replace(" ", "\u0000"),
  "/agreements\u0007",
  "/agreements\u007f",
  "/agreements%00",
  "/agreements%7F",
  "/.//evil.example",
  "/./\\evil.example",
  "/a/..//evil.example",
  "",
  "agreements",
  null,
  undefined,
  42,
  ["/agreements"],
];

describe("returnPath", () => {
  it.each(hostile.map((value) => [JSON.stringify(value) ?? String(value), value]))(
    "refuses %s and falls back to the home page",
    (_name, value) => {
      expect(returnPath(value)).toBe("/");
    },
  );

  it("keeps paths, queries and fragments of this site", () => {
    expect(returnPath("/agreements?q=maroc")).toBe("/agreements?q=maroc");
    expect(returnPath("/agreements/ma-il-defence-mou-2021#signatories")).toBe("/agreements/ma-il-defence-mou-2021#signatories");
    expect(returnPath("/visits?country=MA&sort=-date")).toBe("/visits?country=MA&sort=-date");
  });

  it("keeps a slash encoded in the query, where it is ordinary search text", () => {
    expect(returnPath("/agreements?q=a%2Fb")).toBe("/agreements?q=a%2Fb");
  });

  it("answers the parsed, normalised address, not the input", () => {
    expect(returnPath("/agreements/../visits")).toBe("/visits");
    expect(returnPath("/agreements?q=été")).toBe("/agreements?q=%C3%A9t%C3%A9");
  });

  it("never leads back to the sign-in or first-run pages", () => {
    for (const value of ["/sign-in", "/sign-in?next=/x", "/setup", "/x/../sign-in"]) expect(returnPath(value)).toBe("/");
  });

  it("answers only what redirect() accepts: one path on this site, no control character", () => {
    for (const value of hostile) {
      const path = returnPath(value);
      expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
      expect(path).not.toMatch(/[\u0000-\u001f\u007f\\]/);
    }
  });
});

describe("returnPath on any input", () => {
  // Pieces that make addresses go wrong, mixed with ordinary text, so that the runs reach the interesting cases.
  const piece = fc.oneof(
    fc.constantFrom(
      "/",
      "//",
      "\\",
      "%2F",
      "%2f",
      "%5C",
      "%09",
      "%00",
      "%0d%0a",
      "\t",
      "\n",
      "\u0000",
      "\u007f",
      ".",
      "..",
      "?",
      "#",
      ":",
      "@",
      "evil.example",
      "https:",
      "sign-in",
    ),
    fc.string({ unit: "binary", maxLength: 4 }),
  );
  const address = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 12 })).map(([lead, pieces]) => (lead ? "/" : "") + pieces.join(""));

  it("is always a path of this site that redirect() accepts as it is", () => {
    fc.assert(
      fc.property(address, (value) => {
        const path = returnPath(value);
        expect(path).toMatch(/^\/(?!\/)[\x21-\x7e]*$/);
        expect(new URL(path, "https://accords.example.org").origin).toBe("https://accords.example.org");
      }),
      { numRuns: 5000 },
    );
  });
});

describe("localPath", () => {
  it("refuses what returnPath refuses, but allows the sign-in page (the language switch may return there)", () => {
    for (const value of hostile) expect(localPath(value)).toBeNull();
    expect(localPath("/sign-in?next=%2Fvisits")).toBe("/sign-in?next=%2Fvisits");
  });

  it("is what the sitePath schema accepts", () => {
    expect(sitePath.safeParse("/%09/evil.example").success).toBe(false);
    expect(sitePath.parse("/agreements/../visits")).toBe("/visits");
  });
});

describe("signInHref", () => {
  it("carries a path of this site, and nothing else", () => {
    expect(signInHref("/admin/users")).toBe("/sign-in?next=%2Fadmin%2Fusers");
    expect(signInHref("/")).toBe("/sign-in");
    expect(signInHref("/%2F%2Fevil.example")).toBe("/sign-in");
    expect(signInHref("/\t/evil.example")).toBe("/sign-in");
  });
});
