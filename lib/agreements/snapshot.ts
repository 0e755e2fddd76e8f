// An agreement as its form sees it: every field, with references by their stable names (country codes, slugs,
// people's names). Revisions keep one after each change; comparing two gives the changed fields; writing one
// back restores that version.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AgreementInput } from "./schemas";

type Db = Pick<PrismaClient, "agreement">;

export type AgreementSnapshot = AgreementInput & { archived: boolean };

export async function agreementSnapshot(db: Db, id: number): Promise<AgreementSnapshot | null> {
  const agreement = await db.agreement.findUnique({
    where: { id },
    include: {
      parties: { orderBy: { position: "asc" } },
      signatories: { orderBy: { position: "asc" }, include: { person: true } },
      domains: { include: { domain: true }, orderBy: { domain: { slug: "asc" } } },
      linksFrom: { include: { to: { select: { slug: true } } }, orderBy: { id: "asc" } },
      signedDuringVisit: { select: { slug: true } },
      sources: { include: { source: true }, orderBy: { sourceId: "asc" } },
    },
  });
  if (!agreement) return null;
  return {
    title: agreement.title,
    titleLanguage: agreement.titleLanguage,
    titleEn: agreement.titleEn,
    titleFr: agreement.titleFr,
    titleAr: agreement.titleAr,
    shortName: agreement.shortName,
    form: agreement.form,
    legalNature: agreement.legalNature,
    status: agreement.status,
    disclosure: agreement.disclosure,
    signedOn: agreement.signedOn,
    entryIntoForceOn: agreement.entryIntoForceOn,
    endedOn: agreement.endedOn,
    placeCity: agreement.placeCity,
    placeCountryCode: agreement.placeCountryCode,
    parties: agreement.parties.map((party) => party.countryCode),
    signatories: agreement.signatories.map((signatory) => ({
      personName: signatory.person.name,
      titleEn: signatory.titleEn,
      titleFr: signatory.titleFr,
      countryCode: signatory.countryCode,
    })),
    domains: agreement.domains.map((row) => ({ slug: row.domain.slug, evidence: row.evidence })),
    signedDuringVisit: agreement.signedDuringVisit?.slug ?? null,
    links: agreement.linksFrom.map((link) => ({ kind: link.kind, target: link.to.slug, note: link.note })),
    sources: agreement.sources.map(({ source }) => ({
      sourceId: source.id,
      publisher: source.publisher,
      title: source.title,
      language: source.language,
      publishedOn: source.publishedOn,
      url: source.url,
      excerpt: source.excerpt,
    })),
    summaryEn: agreement.summaryEn,
    summaryFr: agreement.summaryFr,
    notes: agreement.notes,
    notesLanguage: agreement.notesLanguage,
    archived: agreement.archived,
  };
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A value as compared: a property set to null counts as absent, as it is in snapshots older than the property. */
export const comparable = (value: unknown) => JSON.stringify(value, (key, inner) => (key !== "" && inner === null ? undefined : inner));

/** The fields whose values differ between two snapshots (absent means empty: a creation lists every field set). */
export function snapshotChanges(before: Partial<AgreementSnapshot> | null, after: Partial<AgreementSnapshot>): FieldChange[] {
  const empty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = before?.[field as keyof AgreementSnapshot] ?? null;
    const b = after[field as keyof AgreementSnapshot] ?? null;
    if (empty(a) && empty(b)) continue;
    if (comparable(a) !== comparable(b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}
