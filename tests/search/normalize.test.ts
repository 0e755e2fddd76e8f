import { describe, expect, it } from "vitest";
import { normalizeSearchText, searchTerms } from "@/lib/search/normalize";

describe("search normalisation", () => {
  it("drops accents and case", () => {
    expect(normalizeSearchText("Sécurité ÉTAT Israël")).toBe("securite etat israel");
    expect(normalizeSearchText("Œuvre, Cæsar, Straße")).toBe("oeuvre caesar strasse");
  });

  it("splits elisions and punctuation into words", () => {
    expect(normalizeSearchText("l’Etat d’Israël (MoU), cyber-sécurité")).toBe("l etat d israel mou cyber securite");
  });

  it("keeps letters of other scripts", () => {
    expect(normalizeSearchText("בני גנץ — المغرب")).toBe("בני גנץ المغرب");
  });

  it("drops Arabic short vowels and reads hamza carriers as their letter", () => {
    expect(normalizeSearchText("مُصْطَفَى")).toBe("مصطفي");
    expect(normalizeSearchText("أحمد إسرائيل آمال مؤتمر رئيس")).toBe("احمد اسراييل امال موتمر رييس");
  });

  it("removes the tatweel that stretches Arabic words", () => {
    expect(normalizeSearchText("الـمـغـرب")).toBe("المغرب");
  });

  it("reads alef wasla as alef, alef maqsura as ya and ta marbuta as ha", () => {
    expect(normalizeSearchText("ٱلمغرب")).toBe("المغرب");
    expect(normalizeSearchText("مصطفى")).toBe(normalizeSearchText("مصطفي"));
    expect(normalizeSearchText("المملكة المغربية")).toBe("المملكه المغربيه");
  });

  it("writes Arabic-Indic and extended Arabic-Indic digits as 0–9", () => {
    expect(normalizeSearchText("٢٤ نوفمبر ٢٠٢١")).toBe("24 نوفمبر 2021");
    expect(normalizeSearchText("۲۰۲۱")).toBe("2021");
  });

  it("reads Arabic presentation forms as the letters they show", () => {
    expect(normalizeSearchText("\uFEDF\uFEE0\uFEEA")).toBe("لله");
  });

  it("makes distinct terms of a query", () => {
    expect(searchTerms("  Maroc  maroc Sécurité ")).toEqual(["maroc", "securite"]);
    expect(searchTerms("!!! ---")).toEqual([]);
  });
});
