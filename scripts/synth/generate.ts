// Realistic synthetic agreements for measuring speed: random pairs and triples of states, 1–4 cooperation
// domains, signature dates over 1950–2026, French and English titles with accents, signatories, places and
// visits. Deterministic for a given seed, so benchmark runs compare like with like.
import { searchTextFromParts } from "@/lib/agreements/search-text";
import { normalizedWords } from "@/lib/search/normalize";

export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    let roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
    return entries[entries.length - 1]![0];
  };
  return { next, int, pick, weighted };
}
export type Random = ReturnType<typeof random>;

const forms = [
  ["AGREEMENT", "Agreement", "Accord", 30],
  ["MEMORANDUM_OF_UNDERSTANDING", "Memorandum of understanding", "Mémorandum d’entente", 25],
  ["TREATY", "Treaty", "Traité", 8],
  ["PROTOCOL", "Protocol", "Protocole", 10],
  ["EXCHANGE_OF_NOTES", "Exchange of notes", "Échange de notes", 7],
  ["DECLARATION", "Declaration", "Déclaration", 6],
  ["JOINT_STATEMENT", "Joint statement", "Déclaration conjointe", 6],
  ["ARRANGEMENT", "Arrangement", "Arrangement", 8],
] as const;

const formEntries = forms.map((f) => [f, f[3]] as const);

const topics = [
  ["defence cooperation", "la coopération en matière de défense"],
  ["maritime security", "la sécurité maritime"],
  ["the exchange of classified information", "l’échange d’informations classifiées"],
  ["military training", "la formation militaire"],
  ["the fight against terrorism", "la lutte contre le terrorisme"],
  ["technology transfer", "le transfert de technologie"],
  ["cybersecurity", "la cybersécurité"],
  ["the defence industry", "l’industrie de défense"],
  ["peacekeeping operations", "les opérations de maintien de la paix"],
  ["military medical services", "les services de santé des armées"],
  ["civil protection and disaster relief", "la protection civile et les secours en cas de catastrophe"],
  ["aeronautical cooperation", "la coopération aéronautique"],
  ["the status of forces", "le statut des forces"],
  ["research and development", "la recherche et le développement"],
] as const;

const firstNames = ["José", "Hélène", "François", "Zoë", "Ahmed", "Léa", "Mikhaïl", "Chloé", "Jürgen", "Inès", "Björn", "Noémie", "Raúl", "Aïcha", "Søren", "Amélie", "Çağlar", "Élodie", "Tomás", "Maëlle", "John", "Maria", "Wei", "Fatima", "Olusegun", "Priya", "Kenji", "Anna", "Pedro", "Youssef"];
const lastNames = ["Müller", "Nuñez", "Lefèvre", "Okonkwo", "Benali", "Søndergaard", "Dvořák", "García", "Kowalski", "Ibáñez", "Moreau", "Haddad", "Nakamura", "Öztürk", "Łukasik", "Fernández", "Diallo", "Rossi", "Smith", "Petrović", "Cohen", "El Amrani", "Schäfer", "Gonçalves", "Nguyễn"];
const statuses = [["SIGNED", 35], ["IN_FORCE", 35], ["TERMINATED", 6], ["EXPIRED", 8], ["SUPERSEDED", 5], ["UNDER_NEGOTIATION", 4], ["PROVISIONALLY_APPLIED", 4], ["SUSPENDED", 3]] as const;
const natures = [["BINDING", 55], ["NON_BINDING", 35], [null, 10]] as const;
const disclosures = [["FULL_TEXT_PUBLIC", 40], ["SUMMARY_ONLY", 25], ["PRESS_RELEASE_ONLY", 25], ["CONFIDENTIAL", 10]] as const;

export interface SynthCountry {
  code: string;
  nameEn: string;
  nameFr: string;
  capital: string | null;
}
export interface SynthDomain {
  id: number;
  nameEn: string;
  nameFr: string;
}
export interface SynthPerson {
  id: number;
  name: string;
}

export function personNames(rng: Random, count: number): string[] {
  return Array.from({ length: count }, () => `${rng.pick(firstNames)} ${rng.pick(lastNames)}`);
}

function signatureDate(rng: Random): string | null {
  const precision = rng.weighted([["day", 85], ["month", 10], ["none", 5]] as const);
  if (precision === "none") return null;
  const year = rng.int(1950, 2026);
  const month = String(rng.int(1, 12)).padStart(2, "0");
  if (precision === "month") return `${year}-${month}`;
  return `${year}-${month}-${String(rng.int(1, 28)).padStart(2, "0")}`;
}

const join = (names: string[], and: string) =>
  names.length <= 2 ? names.join(` ${and} `) : `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`;

// A synthetic title's sort key, from the normalised words of its pieces: the same text as normalising the
// whole title, but served from the word cache, which keeps a 250,000-agreement load well under a minute.
const sortKey = (pieces: string[]) => pieces.flatMap((piece) => normalizedWords(piece)).join(" ");
const connect = (names: string[], and: string) => [...names.slice(0, -1), and, names.at(-1)!];

export function synthAgreement(rng: Random, index: number, countries: SynthCountry[], domains: SynthDomain[], people: SynthPerson[]) {
  const partyCount = rng.weighted([[2, 85], [3, 15]] as const);
  const parties = new Set<SynthCountry>();
  while (parties.size < partyCount) parties.add(rng.pick(countries));
  const partyList = [...parties];
  const [form, formEn, formFr] = rng.weighted(formEntries);
  const [topicEn, topicFr] = rng.pick(topics);
  const titleEn = `${formEn} between ${join(partyList.map((c) => c.nameEn), "and")} on ${topicEn}`;
  const titleFr = `${formFr} entre ${join(partyList.map((c) => c.nameFr), "et")} relatif à ${topicFr}`;
  const inFrench = rng.next() < 0.5;
  const translated = rng.next() < 0.8;
  const host = rng.pick(partyList);
  const hasPlace = rng.next() < 0.85 && host.capital;
  const chosenDomains = new Set<SynthDomain>();
  const domainCount = Math.min(rng.int(1, 4), domains.length);
  while (chosenDomains.size < domainCount) chosenDomains.add(rng.pick(domains));
  const domainRows = [...chosenDomains].map((domain) => ({
    domainId: domain.id,
    evidence: rng.next() < 0.5 ? `Les parties coopèrent dans le domaine suivant : ${domain.nameFr.toLowerCase()}.` : null,
  }));
  const signatories: { person: SynthPerson; countryCode: string }[] = [];
  for (const country of partyList.slice(0, rng.int(0, partyList.length))) {
    const person = rng.pick(people);
    if (!signatories.some((signatory) => signatory.person === person)) signatories.push({ person, countryCode: country.code });
  }
  const agreement = {
    slug: `synthetic-${index + 1}`,
    title: inFrench ? titleFr : titleEn,
    titleLanguage: inFrench ? "fr" : "en",
    titleEn: inFrench && !translated ? null : titleEn,
    titleFr: !inFrench && !translated ? null : titleFr,
    shortName: null,
    form,
    legalNature: rng.weighted(natures),
    status: rng.weighted(statuses),
    signedOn: signatureDate(rng),
    placeCity: hasPlace ? host.capital : null,
    placeCountryCode: hasPlace ? host.code : null,
    summaryEn: `${formEn} on ${topicEn}.`,
    summaryFr: `${formFr} relatif à ${topicFr}.`,
    disclosure: rng.weighted(disclosures),
  };
  // The pieces the titles and summaries are made of, so that search text and sort keys come from cached words;
  // tests/search/synthetic-search-text.test.ts checks the result equals buildSearchText on the whole agreement.
  const names = (language: "nameEn" | "nameFr") => partyList.map((country) => country[language]);
  const searchText = searchTextFromParts([
    formEn, formFr, topicEn, topicFr, "on relatif à",
    agreement.titleEn && "between and", agreement.titleFr && "entre et",
    agreement.placeCity, ...(hasPlace ? [host.nameEn, host.nameFr] : []),
    ...names("nameEn"), ...names("nameFr"),
    ...signatories.map(({ person }) => person.name),
    ...domainRows.map(({ evidence }) => evidence),
  ]);
  const keyEn = sortKey([formEn, "between", ...connect(names("nameEn"), "and"), "on", topicEn]);
  const keyFr = sortKey([formFr, "entre", ...connect(names("nameFr"), "et"), "relatif à", topicFr]);
  return {
    agreement: {
      ...agreement,
      searchText,
      sortTitleEn: agreement.titleEn ? keyEn : keyFr,
      sortTitleFr: agreement.titleFr ? keyFr : keyEn,
    },
    parties: partyList.map((country) => country.code),
    domains: domainRows,
    signatories,
  };
}
