// Reads of agreements. The only module that queries agreements; pages and components call it.
import "server-only";
import { db } from "@/lib/db";

export const agreementSummarySelect = {
  id: true,
  slug: true,
  title: true,
  titleLanguage: true,
  titleEn: true,
  titleFr: true,
  shortName: true,
  form: true,
  status: true,
  signedOn: true,
  placeCity: true,
  placeCountry: true,
  parties: { orderBy: { position: "asc" }, select: { country: true } },
  domains: { select: { domain: true }, orderBy: { domain: { slug: "asc" } } },
} as const;

export type AgreementSummary = Awaited<ReturnType<typeof getAgreementSummaries>>[number];

/** Agreements that are not archived, latest signature first; unknown dates last. */
export async function getAgreementSummaries({ take }: { take?: number } = {}) {
  return db.agreement.findMany({
    where: { archived: false },
    select: agreementSummarySelect,
    orderBy: [{ signedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take,
  });
}

export async function getAgreementCount(): Promise<number> {
  return db.agreement.count({ where: { archived: false } });
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
