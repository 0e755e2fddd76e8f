// Record fields per language (`nameEn`, `nameFr`) read through one helper, so a new language is a change to
// lib/i18n/locales.ts and not to every page.
import { describe, expect, it } from "vitest";
import { agreementTitle, localName, localized, localizedField, otherLocale, otherLocales, pickLocalized } from "@/lib/i18n/localize";
import { dateFormatLocale, defaultLocale, localeDirection, localeFromAcceptLanguage, locales } from "@/lib/i18n/locales";
import { formatPartialDate } from "@/lib/dates/partial-date";

const morocco = { code: "MA", nameEn: "Morocco", nameFr: "Maroc" };

describe("a record's field in the interface language", () => {
  it("is named by the language's suffix", () => {
    expect(localizedField("name", "fr")).toBe("nameFr");
    expect(localizedField("sortTitle", "en")).toBe("sortTitleEn");
    expect(new Set(locales.map((locale) => localizedField("name", locale))).size).toBe(locales.length);
  });

  it("is the value in the reader's language", () => {
    expect(localName("fr", morocco)).toBe("Maroc");
    expect(localName("en", morocco)).toBe("Morocco");
    expect(localName("ar", { ...morocco, nameAr: "المغرب" })).toBe("المغرب");
  });

  it("falls back to English for an Arabic reader when the Arabic value is missing", () => {
    expect(localName("ar", { ...morocco, nameAr: null })).toBe("Morocco");
  });

  it.each([null, undefined, ""])("falls back to English when the French value is %j", (missing) => {
    expect(localized("fr", { descriptionEn: "Trade and investment", descriptionFr: missing }, "description")).toBe("Trade and investment");
  });

  it("falls back to English for a record without a field in the reader's language", () => {
    expect(localName("fr", { nameEn: "Morocco" })).toBe("Morocco");
  });

  it("falls back to another language when English is missing too", () => {
    expect(localized("en", { descriptionEn: null, descriptionFr: "Commerce" }, "description")).toBe("Commerce");
  });

  it("is nothing when no language has one", () => {
    expect(localized("fr", { descriptionEn: null, descriptionFr: null }, "description")).toBeNull();
  });
});

describe("the second name beside a name", () => {
  it("is in the other interface language", () => {
    expect(otherLocale("en")).toBe("fr");
    expect(otherLocale("fr")).toBe("en");
    expect(otherLocale("ar")).toBe("en");
  });

  it("is never in the reader's own language", () => {
    for (const locale of locales) expect(otherLocale(locale)).not.toBe(locale);
  });

  it("comes first among the other languages, which are all the others", () => {
    expect(otherLocales("en")).toEqual(["fr", "ar"]);
    expect(otherLocales("ar")).toEqual(["en", "fr"]);
    for (const locale of locales) expect(otherLocales(locale)).toHaveLength(locales.length - 1);
  });
});

describe("an agreement's title", () => {
  const agreement = { title: "اتفاقية", titleLanguage: "ar", titleEn: "Agreement on trade", titleFr: null };

  it("is the one in the reader's language, marked as such", () => {
    expect(agreementTitle("en", agreement)).toEqual({ text: "Agreement on trade", lang: "en" });
  });

  it("is the original, in its own language, when the reader's is missing", () => {
    expect(agreementTitle("fr", agreement)).toEqual({ text: "اتفاقية", lang: "ar" });
  });
});

describe("a text given in each language", () => {
  it("is the reader's, else the first language that has it", () => {
    expect(pickLocalized("fr", { en: "Trade", fr: "Commerce" })).toEqual({ text: "Commerce", lang: "fr" });
    expect(pickLocalized("fr", { en: "Trade", fr: "" })).toEqual({ text: "Trade", lang: "en" });
    expect(pickLocalized("en", { fr: "Commerce" })).toEqual({ text: "Commerce", lang: "fr" });
    expect(pickLocalized("en", {})).toBeNull();
  });
});

describe("the format of dates", () => {
  it("is the regional variant of each interface language", () => {
    expect(dateFormatLocale("en")).toBe("en-GB");
    expect(dateFormatLocale("fr")).toBe("fr-FR");
    expect(dateFormatLocale("ar")).toBe("ar");
  });

  it("writes Arabic dates with Arabic month names and the digits 0–9", () => {
    expect(formatPartialDate("2021-11-24", "ar")).toBe("24 نوفمبر 2021");
    expect(formatPartialDate("2021-11", "ar")).toBe("نوفمبر 2021");
  });

  it("is the default language's for a language the interface does not have", () => {
    expect(dateFormatLocale("de")).toBe(dateFormatLocale(defaultLocale));
  });
});

describe("the direction of the page", () => {
  it("is right to left in Arabic and left to right otherwise", () => {
    expect(localeDirection("ar")).toBe("rtl");
    expect(localeDirection("en")).toBe("ltr");
    expect(localeDirection("fr")).toBe("ltr");
  });
});

describe("the language a browser asks for", () => {
  it("is the first of ours it accepts, Arabic included", () => {
    expect(localeFromAcceptLanguage("ar-MA,ar;q=0.9,fr;q=0.8")).toBe("ar");
    expect(localeFromAcceptLanguage("de-DE, ar;q=0.5")).toBe("ar");
    expect(localeFromAcceptLanguage("de-DE")).toBeUndefined();
  });
});
