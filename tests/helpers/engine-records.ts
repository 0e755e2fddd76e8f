// The same records for databases on different engines: the seed, the relationship fixture's agreements and visits,
// and a fixed random sample whose titles, names and cities mix case, accents, hyphens and other scripts, so that
// any difference in ordering, comparison or text search between the engines shows. The sample comes from a fixed
// fast-check seed: every engine, and every run, gets the same rows in the same order (and so the same ids).
import fc from "fast-check";
import { recountTallies } from "@/lib/agreements/tallies";
import { writeTransaction } from "@/lib/db/write";
import { refreshAgreementSearchText } from "@/lib/agreements/search-text";
import type { PrismaClient } from "@/lib/db/create-client";
import { AgreementForm, AgreementStatus, LegalNature, VisitKind } from "@/lib/generated/prisma/enums";
import { refreshVisitSearchText } from "@/lib/visits/search-text";
import { cooperationDomains } from "@/prisma/seed/domains";
import { seedDatabase } from "@/prisma/seed/seed";
import { partialDate } from "./arbitraries";
import { madeAgreements, madeVisits } from "./relationship-fixture";

export const recordCountries = ["AE", "DE", "ES", "FR", "IL", "MA", "US"];
export const domainSlugs = cooperationDomains.map((domain) => domain.slug);
/** Words of titles and summaries: pairs that sort apart in byte order and together in most locales. */
export const titleWords = [
  "Accord",
  "accord",
  "Mémorandum",
  "memorandum",
  "co-operation",
  "cooperation",
  "Défense",
  "defence",
  "cyber-sécurité",
  "Ålands",
  "Öresund",
  "zone",
  "Zone",
  "ma-fr",
  "maf",
  "ab",
  "شراكة",
  "協定",
];
const cities = [
  "Rabat",
  "rabat",
  "Ålesund",
  "Zürich",
  "al-Quds",
  "Al Quds",
  "東京",
  "Évian-les-Bains",
  "evian",
  "Saint-Denis",
  "Saint Denis",
];
const names = ["Élisabeth Borne", "elisabeth borne", "Zoë Ørsted", "de Villepin", "De Gaulle", "ʿAbd al-Rahman", "Yaïr", "yair", "Ahmed"];

interface RecordAgreement {
  slug: string;
  title: string;
  titleEn?: string | null;
  titleFr?: string | null;
  form?: AgreementForm;
  legalNature?: LegalNature | null;
  status?: AgreementStatus;
  signedOn: string | null;
  placeCity?: string | null;
  parties: string[];
  domains: string[];
  archived?: boolean;
  /** Slug of the visit it was signed during. */
  visit?: string;
}

interface RecordVisit {
  slug: string;
  visitor: string;
  visitorCountryCode: string;
  hostCountryCode: string;
  startOn: string | null;
  endOn?: string | null;
  city?: string | null;
  kind?: VisitKind;
  summaryEn?: string | null;
  archived?: boolean;
}

const sampleSeed = 20261204;
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 4 });
const phrase = fc.array(fc.constantFrom(...titleWords), { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));
const rarely = fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 6, arbitrary: fc.constant(false) });

const sampledVisits: RecordVisit[] = fc
  .sample(
    fc.record({
      visitor: fc.constantFrom(...names),
      countries: fc.uniqueArray(fc.constantFrom(...recordCountries), { minLength: 2, maxLength: 2 }),
      startOn: sometimes(partialDate(2000, 2024)),
      city: sometimes(fc.constantFrom(...cities)),
      kind: fc.constantFrom(...Object.values(VisitKind)),
      summaryEn: sometimes(phrase),
      archived: rarely,
    }),
    { numRuns: 60, seed: sampleSeed },
  )
  .map(({ countries: [visitor, host], ...visit }, index) => ({
    ...visit,
    slug: `sample-visit-${index}`,
    visitorCountryCode: visitor!,
    hostCountryCode: host!,
  }));

const sampledAgreements: RecordAgreement[] = fc
  .sample(
    fc.record({
      title: phrase,
      titleEn: sometimes(phrase),
      titleFr: sometimes(phrase),
      form: fc.constantFrom(...Object.values(AgreementForm)),
      legalNature: sometimes(fc.constantFrom(...Object.values(LegalNature))),
      status: fc.constantFrom(...Object.values(AgreementStatus)),
      signedOn: sometimes(partialDate(1995, 2024)),
      placeCity: sometimes(fc.constantFrom(...cities)),
      parties: fc.uniqueArray(fc.constantFrom(...recordCountries), { minLength: 1, maxLength: 4 }),
      domains: fc.uniqueArray(fc.constantFrom(...domainSlugs), { maxLength: 3 }),
      archived: rarely,
      visit: fc.option(fc.integer({ min: 0, max: sampledVisits.length - 1 }), { nil: undefined, freq: 8 }),
    }),
    { numRuns: 180, seed: sampleSeed },
  )
  .map(({ visit, ...agreement }, index) => ({
    ...agreement,
    slug: `sample-agreement-${index}`,
    visit: visit === undefined ? undefined : sampledVisits[visit]!.slug,
  }));

const fixtureVisits: RecordVisit[] = madeVisits.map((visit) => ({ ...visit, visitor: "Test Minister" }));
const fixtureAgreements: RecordAgreement[] = madeAgreements.map(({ form, ...agreement }) => ({
  ...agreement,
  title: agreement.slug,
  titleEn: agreement.slug,
  form: form as AgreementForm | undefined,
}));

export const recordVisits = [...fixtureVisits, ...sampledVisits];
export const recordAgreements = [...fixtureAgreements, ...sampledAgreements];

/** Writes the seed and every record above into a migrated, empty database. */
export async function loadRecords(prisma: PrismaClient): Promise<void> {
  await seedDatabase(prisma);
  const domainIds = new Map((await prisma.cooperationDomain.findMany()).map((domain) => [domain.slug, domain.id]));
  const personIds = new Map<string, number>();
  for (const name of new Set(recordVisits.map((visit) => visit.visitor))) {
    personIds.set(name, (await prisma.person.create({ data: { name } })).id);
  }
  const visitIds = new Map<string, number>();
  for (const { visitor, kind = "OFFICIAL", archived = false, ...visit } of recordVisits) {
    const created = await prisma.visit.create({ data: { ...visit, kind, archived, visitorId: personIds.get(visitor)! } });
    visitIds.set(visit.slug, created.id);
  }
  const agreementIds: number[] = [];
  for (const { parties, domains, visit, form = "AGREEMENT", status = "SIGNED", archived = false, ...agreement } of recordAgreements) {
    const created = await prisma.agreement.create({
      data: {
        ...agreement,
        titleLanguage: "en",
        form,
        status,
        archived,
        signedDuringVisitId: visit ? visitIds.get(visit) : null,
        parties: { create: parties.map((countryCode, position) => ({ countryCode, position })) },
        domains: { create: domains.map((slug) => ({ domainId: domainIds.get(slug)! })) },
      },
    });
    agreementIds.push(created.id);
  }
  await refreshAgreementSearchText(prisma, agreementIds);
  await refreshVisitSearchText(prisma, [...visitIds.values()]);
  await writeTransaction(prisma, (tx) => recountTallies(tx));
}
