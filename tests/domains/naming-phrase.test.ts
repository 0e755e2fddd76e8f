import { describe, expect, it } from "vitest";
import { markNamingPhrases, namingPhrase } from "@/lib/domains/naming-phrase";
import { cooperationDomains as domains } from "@/prisma/seed/domains";

const mou =
  "Le Maroc et l’Etat d’Israël ont signé, mercredi à Rabat, un mémorandum d’entente (MoU) dans le domaine de " +
  "la défense couvrant les échanges d’expériences et d’expertise, le transfert technologique, les formations " +
  "ainsi que la coopération dans le domaine de l’industrie de défense.";
const conclusion =
  "A cette occasion, les deux ministres se sont félicités des progrès réalisés dans le domaine de la défense " +
  "avec la conclusion d’un accord relatif à la protection des informations dans le domaine de la défense et " +
  "d’un mémorandum d’entente de coopération en matière de cybersécurité.";

const names = (slug: string) => {
  const domain = domains.find((candidate) => candidate.slug === slug)!;
  return [domain.nameFr, domain.nameEn];
};
const named = (quote: string, slug: string) => {
  const span = namingPhrase(quote, names(slug));
  return span && quote.slice(span.start, span.end);
};

describe("namingPhrase", () => {
  it("finds the words of the communiqué that name each domain of the MoU", () => {
    expect(named(mou, "technology-transfer")).toBe("transfert technologique");
    expect(named(mou, "training")).toBe("formations");
    expect(named(mou, "defence-industry")).toBe("industrie de défense");
    expect(named(mou, "expertise-exchange")).toBe("échanges d’expériences et d’expertise");
    expect(named(conclusion, "cybersecurity")).toBe("cybersécurité");
    expect(named(conclusion, "information-protection")).toBe("protection des informations");
  });

  it("finds nothing when the sentence does not name the domain", () => {
    expect(named(mou, "cybersecurity")).toBeNull();
    expect(named(conclusion, "training")).toBeNull();
    expect(namingPhrase("", ["Training"])).toBeNull();
  });

  it("reads English quotes with the English name, whatever the case and accents", () => {
    expect(named("The parties agree on JOINT EXERCISES and on training.", "exercises")).toBe("JOINT EXERCISES");
  });
});

describe("markNamingPhrases", () => {
  it("cuts the quote into plain and named pieces that put it back together, in order", () => {
    const pieces = markNamingPhrases(
      mou,
      ["training", "technology-transfer", "defence-industry", "expertise-exchange"].map((slug) => ({ key: slug, names: names(slug) })),
    );
    expect(pieces.map((piece) => piece.text).join("")).toBe(mou);
    expect(pieces.filter((piece) => piece.keys.length > 0).map((piece) => piece.keys)).toEqual([
      ["expertise-exchange"],
      ["technology-transfer"],
      ["training"],
      ["defence-industry"],
    ]);
  });

  it("gives a stretch named by two domains to both", () => {
    const pieces = markNamingPhrases("Cooperation in training.", [
      { key: "a", names: ["Training"] },
      { key: "b", names: ["Military training"] },
    ]);
    expect(pieces.map((piece) => piece.text).join("")).toBe("Cooperation in training.");
    expect(pieces.find((piece) => piece.keys.length > 0)?.keys.sort()).toEqual(["a", "b"]);
  });
});
