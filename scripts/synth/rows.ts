// The synthetic load as table rows: batches of flat arrays of column values, which pass between threads
// cheaply and bind straight into multi-row INSERTs. Every row carries its final id, worked out from the ids
// AUTOINCREMENT would hand out next, so the batches can be made apart from the database.
import { agreementSynth, personNames, random, type SynthCountry, type SynthDomain } from "./generate";

/** The tables the load fills, in the order a batch is inserted, with the columns each row gives. */
export const synthTables = {
  Person: ["id", "name", "updatedAt"],
  Visit: [
    "id",
    "slug",
    "visitorId",
    "visitorCountryCode",
    "hostCountryCode",
    "city",
    "startOn",
    "endOn",
    "kind",
    "searchText",
    "updatedAt",
  ],
  Agreement: [
    "id",
    "slug",
    "title",
    "titleLanguage",
    "titleEn",
    "titleFr",
    "shortName",
    "form",
    "legalNature",
    "status",
    "signedOn",
    "placeCity",
    "placeCountryCode",
    "summaryEn",
    "summaryFr",
    "disclosure",
    "searchText",
    "sortTitleEn",
    "sortTitleFr",
    "sortTitleAr",
    "signedDuringVisitId",
    "updatedAt",
  ],
  AgreementParty: ["agreementId", "countryCode", "position"],
  AgreementDomain: ["agreementId", "domainId", "evidence"],
  Signatory: ["agreementId", "personId", "countryCode", "position"],
} as const;
export type SynthTable = keyof typeof synthTables;

export interface RowBatch {
  /** How many agreements the batch holds. */
  agreements: number;
  rows: Record<SynthTable, unknown[]>;
}

export interface SynthPlan {
  seed: number;
  count: number;
  countries: SynthCountry[];
  domains: SynthDomain[];
  /** The next free id of each table whose rows the load numbers itself. */
  nextIds: { Person: number; Agreement: number; Visit: number };
  /** The rows' updatedAt. */
  now: string;
  agreementsPerBatch: number;
}

const emptyBatch = (): RowBatch => ({
  agreements: 0,
  rows: { Person: [], Visit: [], Agreement: [], AgreementParty: [], AgreementDomain: [], Signatory: [] },
});

export function* synthBatches({ seed, count, countries, domains, nextIds, now, agreementsPerBatch }: SynthPlan): Generator<RowBatch> {
  const rng = random(seed);
  const people = personNames(rng, 5000).map((name, index) => ({ id: nextIds.Person + index, name }));
  const synthAgreement = agreementSynth(countries, domains, people);
  let visitId = nextIds.Visit;
  let batch = emptyBatch();
  for (const { id, name } of people) batch.rows.Person.push(id, name, now);
  for (let index = 0; index < count; index++) {
    const { agreement: a, parties, domains: domainRows, signatories, visit } = synthAgreement(rng, index);
    const { Visit, Agreement, AgreementParty, AgreementDomain, Signatory } = batch.rows;
    const id = nextIds.Agreement + index;
    let signedDuringVisitId: number | null = null;
    if (visit) {
      signedDuringVisitId = visitId++;
      Visit.push(
        signedDuringVisitId,
        `synthetic-visit-${index + 1}`,
        visit.visitor.id,
        visit.visitorCountryCode,
        visit.hostCountryCode,
        a.placeCity,
        a.signedOn,
        a.signedOn,
        visit.kind,
        visit.searchText,
        now,
      );
    }
    Agreement.push(
      id,
      a.slug,
      a.title,
      a.titleLanguage,
      a.titleEn,
      a.titleFr,
      a.shortName,
      a.form,
      a.legalNature,
      a.status,
      a.signedOn,
      a.placeCity,
      a.placeCountryCode,
      a.summaryEn,
      a.summaryFr,
      a.disclosure,
      a.searchText,
      a.sortTitleEn,
      a.sortTitleFr,
      a.sortTitleAr,
      signedDuringVisitId,
      now,
    );
    for (const [position, code] of parties.entries()) AgreementParty.push(id, code, position);
    for (const { domainId, evidence } of domainRows) AgreementDomain.push(id, domainId, evidence);
    for (const [position, { person, countryCode }] of signatories.entries()) Signatory.push(id, person.id, countryCode, position);
    if (++batch.agreements === agreementsPerBatch) {
      yield batch;
      batch = emptyBatch();
    }
  }
  if (batch.agreements > 0 || batch.rows.Person.length > 0) yield batch;
}
