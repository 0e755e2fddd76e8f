// The stored search text of a visit: the words of its official, the official's titles, the city, both
// states' names and the summaries, lower-cased and accent-free. Written by the visit writer, the seed and
// the bulk loader, so the visits table's search is accent- and case-blind on any engine.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { searchTextFromParts } from "@/lib/agreements/search-text";

type Db = Pick<PrismaClient, "visit">;

interface CountryNames {
  nameEn: string;
  nameFr: string;
}

export interface SearchableVisit {
  visitor: { name: string; nameOriginal: string | null };
  visitorTitleEn: string | null;
  visitorTitleFr: string | null;
  city: string | null;
  summaryEn: string | null;
  summaryFr: string | null;
  visitorCountry: CountryNames;
  hostCountry: CountryNames;
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
    visit.hostCountry.nameEn,
    visit.hostCountry.nameFr,
    visit.summaryEn,
    visit.summaryFr,
  ]);
}

/** Recomputes the search text of the given visits (inside the caller's transaction). */
export async function refreshVisitSearchText(db: Db, ids: number[]): Promise<void> {
  const visits = await db.visit.findMany({
    where: { id: { in: ids } },
    include: { visitor: true, visitorCountry: true, hostCountry: true },
  });
  for (const visit of visits) {
    await db.visit.update({ where: { id: visit.id }, data: { searchText: buildVisitSearchText(visit) } });
  }
}
