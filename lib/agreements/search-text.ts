// The stored search text and sort keys of an agreement. Written whenever an agreement or what it names
// changes, by the seed, the bulk loader and the writers, so search stays accent- and case-blind everywhere.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { executeSql } from "@/lib/db/raw";
import { agreementSearchTextUpdates } from "@/lib/db/sql/search-text";
import { normalizedWords, normalizeSearchText } from "@/lib/search/normalize";

type Db = Pick<PrismaClient, "agreement" | "$executeRawUnsafe">;

/**
 * How stored search text is made: raised whenever a change here, in lib/visits/search-text.ts or in
 * lib/search/normalize.ts would make the text already stored differ from what the app now writes. The seed then
 * rewrites every agreement's and visit's text once (prisma/seed/search-text-upgrade.ts). 2: the states' Arabic
 * names, and Arabic letter variants folded. 3: agreement titles in Arabic, and the sort key of an Arabic reader's titles.
 */
export const searchTextRecipe = 3;

/** A state's names in every language, as search reads them. */
export interface SearchableCountry {
  nameEn: string;
  nameFr: string;
  nameAr: string | null;
}

export interface SearchableAgreement {
  title: string;
  titleEn: string | null;
  titleFr: string | null;
  titleAr: string | null;
  shortName: string | null;
  summaryEn: string | null;
  summaryFr: string | null;
  placeCity: string | null;
  placeCountry: SearchableCountry | null;
  parties: { country: SearchableCountry }[];
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
    agreement.titleAr,
    agreement.shortName,
    agreement.summaryEn,
    agreement.summaryFr,
    agreement.placeCity,
    agreement.placeCountry?.nameEn,
    agreement.placeCountry?.nameFr,
    agreement.placeCountry?.nameAr,
    ...agreement.parties.flatMap(({ country }) => [country.nameEn, country.nameFr, country.nameAr]),
    ...agreement.signatories.flatMap(({ person }) => [person.name, person.nameOriginal]),
    ...agreement.domains.map((domain) => domain.evidence),
  ]);
}

export function buildSortTitles(agreement: Pick<SearchableAgreement, "title" | "titleEn" | "titleFr" | "titleAr">) {
  return {
    sortTitleEn: normalizeSearchText(agreement.titleEn ?? agreement.title),
    sortTitleFr: normalizeSearchText(agreement.titleFr ?? agreement.title),
    sortTitleAr: normalizeSearchText(agreement.titleAr ?? agreement.title),
  };
}

/**
 * Ids read at a time: Prisma refuses a read whose nested selects would bind more than SQLite's 999 values (P2029),
 * which 2,000 agreements did.
 */
export const readChunk = 500;

/** A state's names, as search reads them. */
export const searchableCountrySelect = { nameEn: true, nameFr: true, nameAr: true } as const;

// Only what the text and sort keys are made of, and what is stored now: the seed's upgrade reads every agreement.
const searchableSelect = {
  id: true,
  title: true,
  titleEn: true,
  titleFr: true,
  titleAr: true,
  shortName: true,
  summaryEn: true,
  summaryFr: true,
  placeCity: true,
  searchText: true,
  sortTitleEn: true,
  sortTitleFr: true,
  sortTitleAr: true,
  placeCountry: { select: searchableCountrySelect },
  parties: { select: { country: { select: searchableCountrySelect } }, orderBy: { position: "asc" } },
  signatories: { select: { person: { select: { name: true, nameOriginal: true } } }, orderBy: { position: "asc" } },
  domains: { select: { evidence: true } },
} as const;

/**
 * Recomputes the search text and sort keys of the given agreements (inside the caller's transaction), and writes
 * those that changed: an unchanged text left alone costs SQLite's trigram index nothing. Resolves to how many changed.
 */
export async function refreshAgreementSearchText(db: Db, ids: number[]): Promise<number> {
  const agreements = [];
  for (let start = 0; start < ids.length; start += readChunk)
    agreements.push(
      ...(await db.agreement.findMany({ where: { id: { in: ids.slice(start, start + readChunk) } }, select: searchableSelect })),
    );
  const changed = agreements.flatMap((agreement) => {
    const searchText = buildSearchText(agreement);
    const sortTitles = buildSortTitles(agreement);
    const same =
      searchText === agreement.searchText &&
      sortTitles.sortTitleEn === agreement.sortTitleEn &&
      sortTitles.sortTitleFr === agreement.sortTitleFr &&
      sortTitles.sortTitleAr === agreement.sortTitleAr;
    return same ? [] : [{ id: agreement.id, searchText, ...sortTitles }];
  });
  for (const statement of agreementSearchTextUpdates(changed)) await executeSql(db, statement);
  return changed.length;
}
