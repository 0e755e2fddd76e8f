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

  it("makes distinct terms of a query", () => {
    expect(searchTerms("  Maroc  maroc Sécurité ")).toEqual(["maroc", "securite"]);
    expect(searchTerms("!!! ---")).toEqual([]);
  });
});
