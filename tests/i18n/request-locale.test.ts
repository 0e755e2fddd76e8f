import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { requestLocale } from "@/lib/i18n/request-locale";

const request = (query: string, cookie?: string) =>
  new NextRequest(`http://localhost/api/agreements${query}`, { headers: cookie === undefined ? {} : { cookie } });

describe("the language of API answers", () => {
  it("is the lang parameter when it names an interface language", () => {
    expect(requestLocale(request("?lang=fr", "NEXT_LOCALE=en"))).toBe("fr");
    expect(requestLocale(request("?lang=en", "NEXT_LOCALE=fr"))).toBe("en");
  });

  it("is the reader's language cookie when lang is absent or unknown", () => {
    expect(requestLocale(request("", "theme=dark; NEXT_LOCALE=fr"))).toBe("fr");
    expect(requestLocale(request("?lang=de", "NEXT_LOCALE=fr"))).toBe("fr");
  });

  it("is English otherwise, whatever the browser accepts", () => {
    expect(requestLocale(request(""))).toBe("en");
    expect(requestLocale(request("?lang=FR", "NEXT_LOCALE=es"))).toBe("en");
    const french = new NextRequest("http://localhost/api/agreements", { headers: { "accept-language": "fr-FR" } });
    expect(requestLocale(french)).toBe("en");
  });
});
