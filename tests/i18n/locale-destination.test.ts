// Where the language switch sends the reader: back to the page they were on, never to another site.
import { describe, expect, it } from "vitest";
import { localeSwitchDestination } from "@/lib/i18n/locale-destination";

describe("the language switch's destination", () => {
  it("is the posted return address when it is a path of this site", () => {
    expect(localeSwitchDestination("/agreements?q=maroc", null)).toBe("/agreements?q=maroc");
    expect(localeSwitchDestination("/sign-in?next=%2Fvisits", null)).toBe("/sign-in?next=%2Fvisits");
  });

  it.each([
    "/%09/evil.example",
    "/\t/evil.example",
    "\t//evil.example",
    "//evil.example",
    "/\\evil.example",
    "/%2F%2Fevil.example",
    "https://evil.example",
    "/visits\u0000",
  ])("is the home page for the forged return address %j", (returnTo) => {
    expect(localeSwitchDestination(returnTo, "http://127.0.0.1:3000/visits")).toBe("/");
  });

  it("is the page of the Referer, without its origin, when no return address is posted", () => {
    expect(localeSwitchDestination(undefined, "http://127.0.0.1:3000/visits?country=MA")).toBe("/visits?country=MA");
    expect(localeSwitchDestination("", "https://accords.example.org/agreements")).toBe("/agreements");
  });

  it("is the home page when the Referer's path could lead elsewhere or cannot be read", () => {
    for (const referer of [
      "http://127.0.0.1:3000//evil.example/",
      "http://127.0.0.1:3000/%2F%2Fevil.example",
      "http://127.0.0.1:3000/%5Cevil.example",
      "not a url",
      null,
    ]) {
      expect(localeSwitchDestination(undefined, referer)).toBe("/");
    }
  });
});
