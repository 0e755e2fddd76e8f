// A migrated test database holding the seed (Morocco–Israel) and agreements and visits made for the country and
// pair pages' queries: a three-party agreement, an archived one, a dense year, a visit with a signature in it.
// Expected answers are computed from the same list in plain TypeScript, never written by hand.
import type { SqlFragment } from "@/lib/db/sql/agreement-search";
import { agreements as seedAgreements, visit as seedVisit } from "@/prisma/seed/morocco-israel";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "./test-database";

export interface FixtureAgreement {
  slug: string;
  signedOn: string | null;
  parties: string[];
  domains: string[];
  form?: string;
  archived?: boolean;
  /** Slug of the made visit it was signed during. */
  visit?: string;
}

export interface FixtureVisit {
  slug: string;
  visitorCountryCode: string;
  hostCountryCode: string;
  startOn: string;
  endOn: string;
  archived?: boolean;
}

export const madeVisits: FixtureVisit[] = [
  { slug: "fr-ma-2010-06", visitorCountryCode: "FR", hostCountryCode: "MA", startOn: "2010-06-01", endOn: "2010-06-03" },
  { slug: "ma-fr-2016", visitorCountryCode: "MA", hostCountryCode: "FR", startOn: "2016-02-10", endOn: "2016-02-11" },
  { slug: "ma-fr-archived", visitorCountryCode: "MA", hostCountryCode: "FR", startOn: "2017-01-01", endOn: "2017-01-02", archived: true },
];

/** Seven agreements signed in 2010, more than the timeline draws for one year; the last during a visit. */
const dense2010: FixtureAgreement[] = Array.from({ length: 7 }, (_, index) => ({
  slug: `fr-ma-2010-${index + 1}`,
  signedOn: `2010-0${index + 1}-15`,
  parties: ["FR", "MA"],
  domains: index % 2 === 0 ? ["training"] : [],
  visit: index === 6 ? "fr-ma-2010-06" : undefined,
}));

export const madeAgreements: FixtureAgreement[] = [
  { slug: "fr-ma-1999", signedOn: "1999-05-04", parties: ["FR", "MA"], domains: ["training"] },
  { slug: "fr-ma-2015", signedOn: "2015-03", parties: ["FR", "MA"], domains: ["training", "cybersecurity"], form: "JOINT_STATEMENT" },
  { slug: "es-fr-ma-2018", signedOn: "2018", parties: ["ES", "FR", "MA"], domains: ["training"] },
  { slug: "fr-ma-undated", signedOn: null, parties: ["FR", "MA"], domains: ["cybersecurity"] },
  { slug: "fr-ma-archived-2001", signedOn: "2001-01-01", parties: ["FR", "MA"], domains: ["training", "exercises"], archived: true },
  { slug: "de-ma-archived", signedOn: "2003", parties: ["DE", "MA"], domains: ["training"], archived: true },
  ...dense2010,
];

/** Every agreement of the database, seed and made, as the reference computations read them. */
export const allAgreements: FixtureAgreement[] = [
  ...seedAgreements.map((agreement) => ({
    slug: agreement.slug,
    signedOn: agreement.signedOn,
    parties: agreement.parties,
    domains: agreement.domains.map((domain) => domain.slug),
    form: agreement.form,
    visit: agreement.signedDuringVisit ? seedVisit.slug : undefined,
  })),
  ...madeAgreements,
];

export const allVisits: FixtureVisit[] = [
  {
    slug: seedVisit.slug,
    visitorCountryCode: seedVisit.visitorCountryCode,
    hostCountryCode: seedVisit.hostCountryCode,
    startOn: seedVisit.startOn,
    endOn: seedVisit.endOn,
  },
  ...madeVisits,
];

export const live = (agreement: FixtureAgreement) => !agreement.archived;

export interface RelationshipFixture {
  all<T>(fragment: SqlFragment): Promise<T[]>;
  slugOf(id: number): Promise<string>;
  remove(): Promise<void>;
}

export async function createRelationshipFixture(): Promise<RelationshipFixture> {
  const database = await createTestDatabase();
  await database.prismaCli("migrate", "deploy");
  const prisma = database.prisma();
  await seedDatabase(prisma);
  const domainIds = new Map((await prisma.cooperationDomain.findMany()).map((domain) => [domain.slug, domain.id]));
  const person = await prisma.person.create({ data: { name: "Test Minister" } });
  const visitIds = new Map<string, number>();
  for (const { archived = false, ...visit } of madeVisits) {
    const created = await prisma.visit.create({ data: { ...visit, archived, kind: "OFFICIAL", visitorId: person.id } });
    visitIds.set(visit.slug, created.id);
  }
  for (const agreement of madeAgreements) {
    const domainId = (slug: string) => {
      const id = domainIds.get(slug);
      if (id === undefined) throw new Error(`No cooperation domain "${slug}" in the seed`);
      return id;
    };
    await prisma.agreement.create({
      data: {
        slug: agreement.slug,
        title: agreement.slug,
        titleLanguage: "en",
        titleEn: agreement.slug,
        form: (agreement.form ?? "AGREEMENT") as "AGREEMENT",
        status: "SIGNED",
        signedOn: agreement.signedOn,
        archived: agreement.archived ?? false,
        signedDuringVisitId: agreement.visit ? visitIds.get(agreement.visit) : null,
        parties: { create: agreement.parties.map((countryCode, position) => ({ countryCode, position })) },
        domains: { create: agreement.domains.map((slug) => ({ domainId: domainId(slug) })) },
      },
    });
  }
  return {
    all: <T>({ sql, params }: SqlFragment) => database.query<T>(sql, params),
    slugOf: async (id) => (await database.query<{ slug: string }>(`SELECT "slug" FROM "Agreement" WHERE "id" = ?`, [id]))[0]!.slug,
    remove: () => database.remove(),
  };
}
