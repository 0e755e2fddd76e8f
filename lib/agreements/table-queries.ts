// Reads behind the agreements table, its export and /api/agreements. Ids, counts and facet counts come from
// the search module's SQL; the page's rows come from Prisma.
import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { agreementTitle, localName } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { allIdsQuery, countQuery, domainCountsQuery, pageQuery } from "@/lib/db/sql/agreement-search";
import { cachedCountries, cachedDomains, cachedSql, getAgreementsVersion } from "@/lib/db/cached-sql";
import { prepareConnection } from "@/lib/db/connection";
import { runSql } from "@/lib/db/raw";
import type { SqlFragment } from "@/lib/db/sql/fragments";
import { agreementSummarySelect } from "./queries";
import type { AgreementSearch } from "./search-params";
import type { AgreementRow, AgreementTableData } from "./table-types";

const rowSelect = {
  ...agreementSummarySelect,
  signedDuringVisit: { select: { slug: true, visitor: { select: { name: true } }, hostCountry: true } },
} as const;

type VisitLabel = (visitor: string, host: string) => string;

// Translations are looked up while the request is being handled: an export's later batches run after the
// response has started, where next-intl can no longer read the request.
async function visitLabeller(locale: Locale): Promise<VisitLabel> {
  const t = await getTranslations({ locale, namespace: "visits" });
  return (visitor, host) => t("to", { visitor, host });
}

async function loadRows(ids: number[], locale: Locale, visitLabel: VisitLabel): Promise<AgreementRow[]> {
  if (ids.length === 0) return [];
  const agreements = await db.agreement.findMany({ where: { id: { in: ids } }, select: rowSelect });
  const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
  return ids.flatMap((id) => {
    const agreement = byId.get(id);
    if (!agreement) return [];
    const title = agreementTitle(locale, agreement);
    const visit = agreement.signedDuringVisit;
    return [
      {
        id: agreement.id,
        slug: agreement.slug,
        title: title.text,
        titleLang: title.lang,
        shortName: agreement.shortName,
        form: agreement.form,
        status: agreement.status,
        signedOn: agreement.signedOn,
        signedOnLabel: agreement.signedOn ? formatPartialDate(agreement.signedOn, locale) : null,
        place:
          [agreement.placeCity, agreement.placeCountry && localName(locale, agreement.placeCountry)].filter(Boolean).join(", ") || null,
        parties: agreement.parties.map(({ country }) => ({ code: country.code, name: localName(locale, country) })),
        domains: agreement.domains.map(({ domain }) => ({
          slug: domain.slug,
          name: localName(locale, domain),
        })),
        visit: visit ? { slug: visit.slug, label: visitLabel(visit.visitor.name, localName(locale, visit.hostCountry)) } : null,
      },
    ];
  });
}

export interface AgreementPage {
  search: AgreementSearch;
  rows: AgreementRow[];
  total: number;
  pageCount: number;
}

/** One page of a search. A page past the end shows the last page. */
export async function getAgreementPage(search: AgreementSearch, locale: Locale, version?: number): Promise<AgreementPage> {
  version ??= await getAgreementsVersion();
  const [countRow] = await cachedSql<{ total: bigint | number }>(countQuery(search), version);
  const total = Number(countRow?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / search.size));
  const page = Math.min(search.page, pageCount);
  const effective = { ...search, page };
  const ids = (await cachedSql<{ id: bigint | number }>(pageQuery(effective, locale, (page - 1) * search.size), version)).map((row) =>
    Number(row.id),
  );
  return { search: effective, rows: await loadRows(ids, locale, await visitLabeller(locale)), total, pageCount };
}

export async function getDomainFacets(search: AgreementSearch, locale: Locale, version: number) {
  const [domains, counts] = await Promise.all([
    cachedDomains(version),
    cachedSql<{ domainId: bigint | number; count: bigint | number }>(domainCountsQuery(search), version),
  ]);
  const countById = new Map(counts.map((row) => [Number(row.domainId), Number(row.count)]));
  return domains
    .map((domain) => ({
      value: domain.slug,
      label: localName(locale, domain),
      count: countById.get(domain.id) ?? 0,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export async function getCountryOptions(locale: Locale, version: number) {
  const countries = await cachedCountries(version);
  return countries
    .map((country) => ({ code: country.code, name: localName(locale, country) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

export async function getAgreementTableData(search: AgreementSearch, locale: Locale): Promise<AgreementTableData> {
  const version = await getAgreementsVersion();
  const [page, domain, countries] = await Promise.all([
    getAgreementPage(search, locale, version),
    getDomainFacets(search, locale, version),
    getCountryOptions(locale, version),
  ]);
  return { ...page, facets: { domain }, countries };
}

/**
 * Ids read per query by an export. All 250,000 at once cost ~180 MB of heap (Prisma makes an object per raw row),
 * held until a collection; a slice's query walks the sort order's index and stops at the slice's end.
 */
const idsPerQuery = 10_000;

/**
 * Every agreement of a search, for exports, in its order: the ids a slice at a time, the rows in batches as they
 * are read. Slices by offset stay consistent only while nothing is written, so a slice is used only if the change
 * counter has not moved since the first was read; if it has, the rest come from one read of every id, less those
 * already given: as complete as reading all ids up front, without the cost when nothing changes.
 */
export async function getAllAgreementRows(search: AgreementSearch, locale: Locale, batchSize = 100) {
  await prepareConnection(db);
  const visitLabel = await visitLabeller(locale);
  const version = await getAgreementsVersion();
  const every = allIdsQuery(search, locale);
  const readIds = async (fragment: SqlFragment) => (await runSql<{ id: bigint | number }>(db, fragment)).map((row) => Number(row.id));
  async function* idSlices(): AsyncGenerator<number[]> {
    const given: number[] = [];
    for (let offset = 0; ; offset += idsPerQuery) {
      const slice = await readIds({ sql: `${every.sql} LIMIT ? OFFSET ?`, params: [...every.params, idsPerQuery, offset] });
      if ((await getAgreementsVersion()) !== version) {
        const seen = new Set(given);
        yield (await readIds(every)).filter((id) => !seen.has(id));
        return;
      }
      yield slice;
      if (slice.length < idsPerQuery) return;
      given.push(...slice);
    }
  }
  async function* batches() {
    for await (const ids of idSlices()) {
      for (let start = 0; start < ids.length; start += batchSize) {
        yield await loadRows(ids.slice(start, start + batchSize), locale, visitLabel);
      }
    }
  }
  return batches();
}
