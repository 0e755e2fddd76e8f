// The stored search text and sort keys of an agreement. Written whenever an agreement or what it names
// changes, by the seed, the bulk loader and the writers, so search stays accent- and case-blind everywhere.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { normalizedWords, normalizeSearchText } from "@/lib/search/normalize";

type Db = Pick<PrismaClient, "agreement">;

export interface SearchableAgreement {
  title: string;
  titleEn: string | null;
  titleFr: string | null;
  shortName: string | null;
  summaryEn: string | null;
  summaryFr: string | null;
  placeCity: string | null;
  placeCountry: { nameEn: string; nameFr: string } | null;
  parties: { country: { nameEn: string; nameFr: string } }[];
  signatories: { person: { name: string; nameOriginal: string | null } }[];
  domains: { evidence: string | null }[];
}

/** Search text from any list of texts: their normalised words, each once (repeats add nothing to a match). */
export function searchTextFromParts(parts: readonly (string | null | undefined)[]): string {
  const words = new Set<string>();
  for (const part of parts) if (part) for (const word of normalizedWords(part)) words.add(word);
  return [...words].join(" ");
}

export function buildSearchText(agreement: SearchableAgreement): string {
  return searchTextFromParts([
    agreement.title,
    agreement.titleEn,
    agreement.titleFr,
    agreement.shortName,
    agreement.summaryEn,
    agreement.summaryFr,
    agreement.placeCity,
    agreement.placeCountry?.nameEn,
    agreement.placeCountry?.nameFr,
    ...agreement.parties.flatMap(({ country }) => [country.nameEn, country.nameFr]),
    ...agreement.signatories.flatMap(({ person }) => [person.name, person.nameOriginal]),
    ...agreement.domains.map((domain) => domain.evidence),
  ]);
}

export function buildSortTitles(agreement: Pick<SearchableAgreement, "title" | "titleEn" | "titleFr">) {
  return {
    sortTitleEn: normalizeSearchText(agreement.titleEn ?? agreement.title),
    sortTitleFr: normalizeSearchText(agreement.titleFr ?? agreement.title),
  };
}

const searchableInclude = {
  placeCountry: true,
  parties: { include: { country: true } },
  signatories: { include: { person: true } },
  domains: true,
} as const;

/** Recomputes the search text and sort keys of the given agreements (inside the caller's transaction). */
export async function refreshAgreementSearchText(db: Db, ids: number[]): Promise<void> {
  const agreements = await db.agreement.findMany({ where: { id: { in: ids } }, include: searchableInclude });
  for (const agreement of agreements) {
    await db.agreement.update({
      where: { id: agreement.id },
      data: { searchText: buildSearchText(agreement), ...buildSortTitles(agreement) },
    });
  }
}
