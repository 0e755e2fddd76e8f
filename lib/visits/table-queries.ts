// Reads behind the visits table. Ids and the count come from the search module's SQL; the page's rows from
// Prisma. Visits are written with the agreements' change counter bumped, so its cache serves them too.
import "server-only";
import { db } from "@/lib/db";
import { getStateChoices } from "@/lib/agreements/table-queries";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { localName, pickLocalized } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { cachedSql, getAgreementsVersion } from "@/lib/db/cached-sql";
import { visitCountQuery, visitPageQuery } from "@/lib/db/sql/visit-search";
import type { VisitSearch } from "./search-params";
import type { VisitRow, VisitTableData } from "./table-types";

const rowInclude = {
  visitor: { select: { name: true } },
  visitorCountry: true,
  hostCountry: true,
} as const;

/**
 * How many agreements (not archived) were signed during each of these visits. Counted here rather than with
 * Prisma's `_count`, which groups every agreement of the table before joining (0.4–0.8 s at 250,000).
 */
async function signedCounts(ids: number[]): Promise<Map<number, number>> {
  const groups = await db.agreement.groupBy({
    by: ["signedDuringVisitId"],
    where: { archived: false, signedDuringVisitId: { in: ids } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.signedDuringVisitId!, group._count._all]));
}

async function loadRows(ids: number[], locale: Locale): Promise<VisitRow[]> {
  if (ids.length === 0) return [];
  const [visits, counts] = await Promise.all([db.visit.findMany({ where: { id: { in: ids } }, include: rowInclude }), signedCounts(ids)]);
  const byId = new Map(visits.map((visit) => [visit.id, visit]));
  return ids.flatMap((id) => {
    const visit = byId.get(id);
    if (!visit) return [];
    return [
      {
        id: visit.id,
        slug: visit.slug,
        official: visit.visitor.name,
        officialTitle: pickLocalized(locale, { en: visit.visitorTitleEn, fr: visit.visitorTitleFr }),
        visitor: { code: visit.visitorCountryCode, name: localName(locale, visit.visitorCountry) },
        host: { code: visit.hostCountryCode, name: localName(locale, visit.hostCountry) },
        startOn: visit.startOn,
        datesLabel: formatPartialDateRange(visit.startOn, visit.endOn, locale),
        city: visit.city,
        kind: visit.kind,
        agreementCount: counts.get(visit.id) ?? 0,
      },
    ];
  });
}

export interface VisitPage {
  search: VisitSearch;
  rows: VisitRow[];
  total: number;
  pageCount: number;
}

/** One page of a search. A page past the end shows the last page. */
export async function getVisitPage(search: VisitSearch, locale: Locale, version: number): Promise<VisitPage> {
  const [countRow] = await cachedSql<{ total: bigint | number }>(visitCountQuery(search), version);
  const total = Number(countRow?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / search.size));
  const page = Math.min(search.page, pageCount);
  const effective = { ...search, page };
  const ids = (await cachedSql<{ id: bigint | number }>(visitPageQuery(effective, locale, (page - 1) * search.size), version)).map((row) =>
    Number(row.id),
  );
  return { search: effective, rows: await loadRows(ids, locale), total, pageCount };
}

export async function getVisitTableData(search: VisitSearch, locale: Locale): Promise<VisitTableData> {
  const version = await getAgreementsVersion();
  const [page, countries] = await Promise.all([getVisitPage(search, locale, version), getStateChoices(locale, version)]);
  return { ...page, countries: countries.sort((a, b) => a.name.localeCompare(b.name, locale)) };
}
