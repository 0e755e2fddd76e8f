// The stored search text of a visit: the words of its official, the official's titles, the city, both
// states' names and the summaries, lower-cased and accent-free. Written by the visit writer, the seed and
// the bulk loader, so the visits table's search is accent- and case-blind on any engine.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readChunk, type SearchableCountry, searchableCountrySelect, searchTextFromParts } from "@/lib/agreements/search-text";
import { executeSql } from "@/lib/db/raw";
import { visitSearchTextUpdates } from "@/lib/db/sql/search-text";

type Db = Pick<PrismaClient, "visit" | "$executeRawUnsafe">;

export interface SearchableVisit {
  visitor: { name: string; nameOriginal: string | null };
  visitorTitleEn: string | null;
  visitorTitleFr: string | null;
  city: string | null;
  summaryEn: string | null;
  summaryFr: string | null;
  visitorCountry: SearchableCountry;
  hostCountry: SearchableCountry;
}

export function buildVisitSearchText(visit: SearchableVisit): string {
  return searchTextFromParts([
    visit.visitor.name,
    visit.visitor.nameOriginal,
    visit.visitorTitleEn,
    visit.visitorTitleFr,
    visit.city,
    visit.visitorCountry.nameEn,
    visit.visitorCountry.nameFr,
    visit.visitorCountry.nameAr,
    visit.hostCountry.nameEn,
    visit.hostCountry.nameFr,
    visit.hostCountry.nameAr,
    visit.summaryEn,
    visit.summaryFr,
  ]);
}

const searchableSelect = {
  id: true,
  visitorTitleEn: true,
  visitorTitleFr: true,
  city: true,
  summaryEn: true,
  summaryFr: true,
  searchText: true,
  visitor: { select: { name: true, nameOriginal: true } },
  visitorCountry: { select: searchableCountrySelect },
  hostCountry: { select: searchableCountrySelect },
} as const;

/** Recomputes the search text of the given visits (inside the caller's transaction), writing those that changed. */
export async function refreshVisitSearchText(db: Db, ids: number[]): Promise<number> {
  const visits = [];
  for (let start = 0; start < ids.length; start += readChunk)
    visits.push(...(await db.visit.findMany({ where: { id: { in: ids.slice(start, start + readChunk) } }, select: searchableSelect })));
  const changed = visits.flatMap((visit) => {
    const searchText = buildVisitSearchText(visit);
    return searchText === visit.searchText ? [] : [{ id: visit.id, searchText }];
  });
  for (const statement of visitSearchTextUpdates(changed)) await executeSql(db, statement);
  return changed.length;
}
