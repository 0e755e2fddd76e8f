// Reads behind the agreements table, its export and /api/agreements. Ids, counts and facet counts come from
// the search module's SQL, and so do the rows (lib/db/sql/agreement-rows.ts): through the app's client for a page,
// on a snapshot reader of their own for an export.
import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { keptIn } from "@/lib/utils";
import { agreementTitle, listSeparator, localized, localName } from "@/lib/i18n/localize";
import { type Locale, locales } from "@/lib/i18n/locales";
import { countQuery, domainCountsQuery, noFilter, pageQuery, partyCountsQuery, undatedCountQuery } from "@/lib/db/sql/agreement-search";
import { talliesSql } from "@/lib/db/sql/tallies";
import { cachedCountries, cachedDomains, cachedSql, getAgreementsVersion } from "@/lib/db/cached-sql";
import { runSql } from "@/lib/db/raw";
import { withReadClient } from "@/lib/db/replicas";
import { openSnapshotReader, type SnapshotCursor } from "@/lib/db/snapshot-reader";
import { type AgreementRowColumns, agreementRowsQuery, searchRowsQuery } from "@/lib/db/sql/agreement-rows";
import type { AgreementForm, AgreementStatus } from "@/lib/generated/prisma/enums";
import type { AgreementSearch } from "./search-params";
import type { AgreementRow, AgreementTableData } from "./table-types";

type VisitLabel = (visitor: string, host: string) => string;

// Translations are looked up while the request is being handled: an export's later batches run after the
// response has started, where next-intl can no longer read the request.
async function visitLabeller(locale: Locale): Promise<VisitLabel> {
  const t = await getTranslations({ locale, namespace: "visits" });
  return (visitor, host) => t("to", { visitor, host });
}

/** What turns the statements' rows into the table's: names in the reader's language, made once per list or export. */
interface RowBuilder {
  /** A visit's label ("X to Y") by its slug. */
  visitLabel: (slug: string, visitor: string, hostCode: string) => string;
  /** A state's name by its code. */
  countryName: (code: string) => string;
  /** A domain by its slug. */
  domains: Map<string, { slug: string; name: string }>;
  /** A date's label; an export meets the same dates again and again. */
  dateLabel: (date: string) => string;
}

async function rowBuilder(locale: Locale, version: number): Promise<RowBuilder> {
  const [visitLabel, countries, domains] = await Promise.all([visitLabeller(locale), cachedCountries(version), cachedDomains(version)]);
  const countryNames = new Map(countries.map((country) => [country.code, localName(locale, country)]));
  const dateLabels = new Map<string, string>();
  const visitLabels = new Map<string, string>();
  return {
    visitLabel: (slug, visitor, host) => keptIn(visitLabels, slug, () => visitLabel(visitor, countryNames.get(host) ?? host)),
    countryName: (code) => countryNames.get(code) ?? code,
    domains: new Map(domains.map((domain) => [domain.slug, { slug: domain.slug, name: localName(locale, domain) }])),
    dateLabel: (date) => keptIn(dateLabels, date, () => formatPartialDate(date, locale)),
  };
}

const listed = (joined: string | null) => (joined ? joined.split(",") : []);

/** What the table shows of one agreement, from its statement's row. */
function agreementRow(
  agreement: AgreementRowColumns,
  locale: Locale,
  { visitLabel, countryName, domains, dateLabel }: RowBuilder,
): AgreementRow {
  const title = agreementTitle(locale, agreement);
  return {
    id: Number(agreement.id),
    slug: agreement.slug,
    title: title.text,
    titleLang: title.lang,
    shortName: agreement.shortName,
    form: agreement.form as AgreementForm,
    status: agreement.status as AgreementStatus,
    signedOn: agreement.signedOn,
    signedOnLabel: agreement.signedOn ? dateLabel(agreement.signedOn) : null,
    place:
      [agreement.placeCity, agreement.placeCountryCode && countryName(agreement.placeCountryCode)]
        .filter(Boolean)
        .join(listSeparator(locale)) || null,
    parties: listed(agreement.partyCodes).map((code) => ({ code, name: countryName(code) })),
    domains: listed(agreement.domainSlugs).flatMap((slug) => domains.get(slug) ?? []),
    visit:
      agreement.visitSlug && agreement.visitorName && agreement.visitHostCode
        ? { slug: agreement.visitSlug, label: visitLabel(agreement.visitSlug, agreement.visitorName, agreement.visitHostCode) }
        : null,
  };
}

/** The rows of a page's `ids`, in that order (an id no longer there is left out), from one statement. */
async function loadRows(ids: number[], locale: Locale, builder: RowBuilder): Promise<AgreementRow[]> {
  if (ids.length === 0) return [];
  const rows = await withReadClient(db, (client) => runSql<AgreementRowColumns>(client, agreementRowsQuery(ids, locale)));
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [agreementRow(row, locale, builder)] : [];
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
  return { search: effective, rows: await loadRows(ids, locale, await rowBuilder(locale, version)), total, pageCount };
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

/** Every state in the reader's language, with the words that find it: its code and its names in every language. */
export async function getStateChoices(locale: Locale, version: number) {
  return (await cachedCountries(version)).map((country) => ({
    code: country.code,
    name: localName(locale, country),
    keywords: [country.code, ...locales.map((other) => localized(other, country, "name"))].join(" "),
  }));
}

/**
 * The party filter's states, each with how many agreements of the search it is a party to (the kept counts when
 * nothing filters): those with agreements first, then by name.
 */
export async function getCountryOptions(search: AgreementSearch, locale: Locale, version: number) {
  const [states, counts] = await Promise.all([
    getStateChoices(locale, version),
    cachedSql<{ key: string; count: bigint | number }>(noFilter(search) ? talliesSql("PARTY") : partyCountsQuery(search), version),
  ]);
  const countOf = new Map(counts.map((row) => [row.key, Number(row.count)]));
  return states
    .map((state) => ({ ...state, count: countOf.get(state.code) ?? 0 }))
    .sort((a, b) => Number(b.count > 0) - Number(a.count > 0) || a.name.localeCompare(b.name, locale));
}

export async function getAgreementTableData(search: AgreementSearch, locale: Locale): Promise<AgreementTableData> {
  const version = await getAgreementsVersion();
  const yearsLeaveOutUndated = (search.from !== null || search.to !== null) && !search.undated;
  const [page, domain, countries, undated] = await Promise.all([
    getAgreementPage(search, locale, version),
    getDomainFacets(search, locale, version),
    getCountryOptions(search, locale, version),
    yearsLeaveOutUndated ? cachedSql<{ total: bigint | number }>(undatedCountQuery(search), version) : [],
  ]);
  return { ...page, facets: { domain }, countries, undatedLeftOut: Number(undated[0]?.total ?? 0) };
}

/** Rows built per batch of an export: 100 kept pages during an export within 1.1× their time (500: 1.4–1.7×). */
const exportBatchSize = 100;

/**
 * Every agreement of a search, for exports, in its order and as one snapshot of the database (a write during the
 * export is left out whole, and nothing is repeated or lost): one statement, read a batch at a time as the batches
 * are pulled. The reader is closed when the batches end, fail or are abandoned (`return()`).
 */
export async function getAllAgreementRows(search: AgreementSearch, locale: Locale, batchSize = exportBatchSize) {
  const builder = await rowBuilder(locale, await getAgreementsVersion());
  const reader = await openSnapshotReader();
  async function* batches() {
    let cursor: SnapshotCursor<AgreementRowColumns> | undefined;
    try {
      cursor = await reader.cursor<AgreementRowColumns>(searchRowsQuery(search, locale), batchSize);
      for (;;) {
        const read = await cursor.next();
        if (!read) return;
        yield read.map((columns) => agreementRow(columns, locale, builder));
      }
    } finally {
      await cursor?.close();
      await reader.close();
    }
  }
  return batches();
}
