// Prisma reads of single agreements and short lists: the record page, the edit form with its options and labels,
// the archive, and the summary shape (agreementSummarySelect) other domains' lists reuse. Agreements are read
// elsewhere too: the table, its export and /api/agreements by table-queries.ts over lib/search/'s SQL; the
// dashboard, country, pair and visit pages by their own queries modules; the writers by save.ts and snapshot.ts.
import "server-only";
import { db } from "@/lib/db";
import { runSql } from "@/lib/db/raw";
import { latestIdsQuery } from "@/lib/db/sql/agreement-search";
import { agreementTitle, localName, otherLocale } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { agreementSnapshot } from "./snapshot";

export const agreementSummarySelect = {
  id: true,
  slug: true,
  title: true,
  titleLanguage: true,
  titleEn: true,
  titleFr: true,
  titleAr: true,
  shortName: true,
  form: true,
  status: true,
  signedOn: true,
  placeCity: true,
  placeCountry: true,
  parties: { orderBy: { position: "asc" }, select: { country: true } },
  domains: { select: { domain: true }, orderBy: { domain: { slug: "asc" } } },
} as const;

export type AgreementSummary = Awaited<ReturnType<typeof getLatestAgreements>>[number];

/** The latest agreements that are not archived: latest signature first, unknown dates last. */
export async function getLatestAgreements(take: number) {
  const ids = (await runSql<{ id: bigint | number }>(db, latestIdsQuery(take))).map((row) => Number(row.id));
  const agreements = await db.agreement.findMany({ where: { id: { in: ids } }, select: agreementSummarySelect });
  const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreement>>>;

export async function getAgreement(slug: string) {
  const linkedAgreement = { select: agreementSummarySelect } as const;
  return db.agreement.findUnique({
    where: { slug },
    include: {
      placeCountry: true,
      parties: { orderBy: { position: "asc" }, include: { country: true } },
      signatories: { orderBy: { position: "asc" }, include: { person: true, country: true } },
      domains: { include: { domain: true, evidenceSource: true }, orderBy: { domain: { slug: "asc" } } },
      linksFrom: { include: { to: linkedAgreement } },
      linksTo: { include: { from: linkedAgreement } },
      signedDuringVisit: { include: { visitor: true, visitorCountry: true, hostCountry: true } },
      sources: { include: { source: true } },
    },
  });
}

/** What the agreement form offers: states, cooperation domains, known people (for signatories). */
export async function getAgreementFormOptions(locale: Locale) {
  const [countries, domains, people] = await Promise.all([
    db.country.findMany({ select: { code: true, nameEn: true, nameFr: true, nameAr: true } }),
    db.cooperationDomain.findMany({ select: { slug: true, nameEn: true, nameFr: true, nameAr: true }, orderBy: { nameEn: "asc" } }),
    db.person.findMany({ select: { name: true }, orderBy: { name: "asc" }, distinct: ["name"], take: 5000 }),
  ]);
  const name = (record: { nameEn: string; nameFr: string; nameAr: string | null }) => localName(locale, record);
  return {
    // Each state also under its name in the other language, so "Maroc" finds Morocco in either interface.
    countries: countries
      .map((country) => ({ code: country.code, name: name(country), alias: localName(otherLocale(locale), country) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    domains: domains.map((domain) => ({ slug: domain.slug, name: name(domain) })).sort((a, b) => a.name.localeCompare(b.name, locale)),
    people: people.map((person) => person.name),
  };
}

export type AgreementFormOptions = Awaited<ReturnType<typeof getAgreementFormOptions>>;

/** The agreement as its edit form starts: every field, and the version it was opened at. */
export async function getAgreementForEdit(slug: string) {
  const agreement = await db.agreement.findUnique({
    where: { slug },
    select: { id: true, version: true, title: true, titleLanguage: true, titleEn: true, titleFr: true, titleAr: true },
  });
  if (!agreement) return null;
  const snapshot = await agreementSnapshot(db, agreement.id);
  return snapshot && { ...agreement, slug, snapshot };
}

/** Titles of the visit and agreements a form's values name, so the form shows them beside their addresses. */
export async function getFormLabels(slugs: { visit: string | null; agreements: string[] }, locale: Locale) {
  const [visit, agreements] = await Promise.all([
    slugs.visit ? db.visit.findUnique({ where: { slug: slugs.visit }, include: { visitor: true, hostCountry: true } }) : null,
    db.agreement.findMany({
      where: { slug: { in: slugs.agreements } },
      select: { slug: true, title: true, titleLanguage: true, titleEn: true, titleFr: true, titleAr: true },
    }),
  ]);
  const labels: Record<string, string> = {};
  if (visit) labels[visit.slug] = `${visit.visitor.name} — ${localName(locale, visit.hostCountry)}${visit.city ? `, ${visit.city}` : ""}`;
  for (const agreement of agreements) labels[agreement.slug] = agreementTitle(locale, agreement).text;
  return labels;
}

/** Archived agreements, most recently archived first, with who archived them and when. */
export async function getArchivedAgreements() {
  const agreements = await db.agreement.findMany({
    where: { archived: true },
    orderBy: { updatedAt: "desc" },
    select: { id: true, slug: true, title: true, titleLanguage: true, titleEn: true, titleFr: true, titleAr: true, signedOn: true },
    take: 500,
  });
  const archivings = await db.revision.findMany({
    where: { recordKind: "AGREEMENT", action: "ARCHIVE", recordId: { in: agreements.map((agreement) => agreement.id) } },
    orderBy: { version: "desc" },
    select: { recordId: true, createdAt: true, user: { select: { name: true } } },
  });
  return agreements.map((agreement) => ({
    ...agreement,
    archiving: archivings.find((revision) => revision.recordId === agreement.id) ?? null,
  }));
}
