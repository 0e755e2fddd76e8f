// Realistic synthetic agreements for measuring speed: random pairs and triples of states, 1–4 cooperation
// domains, signature dates over 1950–2026, French and English titles with accents, signatories, places and
// visits. Deterministic for a given seed, so benchmark runs compare like with like.
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
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
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

const firstNames = [
  "José",
  "Hélène",
  "François",
  "Zoë",
  "Ahmed",
  "Léa",
  "Mikhaïl",
  "Chloé",
  "Jürgen",
  "Inès",
  "Björn",
  "Noémie",
  "Raúl",
  "Aïcha",
  "Søren",
  "Amélie",
  "Çağlar",
  "Élodie",
  "Tomás",
  "Maëlle",
  "John",
  "Maria",
  "Wei",
  "Fatima",
  "Olusegun",
  "Priya",
  "Kenji",
  "Anna",
  "Pedro",
  "Youssef",
];
const lastNames = [
  "Müller",
  "Nuñez",
  "Lefèvre",
  "Okonkwo",
  "Benali",
  "Søndergaard",
  "Dvořák",
  "García",
  "Kowalski",
  "Ibáñez",
  "Moreau",
  "Haddad",
  "Nakamura",
  "Öztürk",
  "Łukasik",
  "Fernández",
  "Diallo",
  "Rossi",
  "Smith",
  "Petrović",
  "Cohen",
  "El Amrani",
  "Schäfer",
  "Gonçalves",
  "Nguyễn",
];
const statuses = [
  ["SIGNED", 35],
  ["IN_FORCE", 35],
  ["TERMINATED", 6],
  ["EXPIRED", 8],
  ["SUPERSEDED", 5],
  ["UNDER_NEGOTIATION", 4],
  ["PROVISIONALLY_APPLIED", 4],
  ["SUSPENDED", 3],
] as const;
const natures = [
  ["BINDING", 55],
  ["NON_BINDING", 35],
  [null, 10],
] as const;
const disclosures = [
  ["FULL_TEXT_PUBLIC", 40],
  ["SUMMARY_ONLY", 25],
  ["PRESS_RELEASE_ONLY", 25],
  ["CONFIDENTIAL", 10],
] as const;
const precisions = [
  ["day", 85],
  ["month", 10],
  ["none", 5],
] as const;
const partyCounts = [
  [2, 85],
  [3, 15],
] as const;
const visitKinds = ["STATE", "OFFICIAL", "WORKING"] as const;

export interface SynthCountry {
  code: string;
  nameEn: string;
  nameFr: string;
  nameAr: string | null;
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

/** rng.weighted with the total summed once: the same draw, minus a reduce per call. */
function weightedPicker<T>(entries: readonly (readonly [T, number])[]) {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return (rng: Random): T => {
    let roll = rng.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  };
}
const pickPartyCount = weightedPicker(partyCounts);
const pickForm = weightedPicker(forms.map((form) => [form, form[3]] as const));
const pickNature = weightedPicker(natures);
const pickStatus = weightedPicker(statuses);
const pickDisclosure = weightedPicker(disclosures);
const pickPrecision = weightedPicker(precisions);

const twoDigits = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));

function signatureDate(rng: Random): string | null {
  const precision = pickPrecision(rng);
  if (precision === "none") return null;
  const year = rng.int(1950, 2026);
  const month = twoDigits[rng.int(1, 12)];
  if (precision === "month") return `${year}-${month}`;
  return `${year}-${month}-${twoDigits[rng.int(1, 28)]}`;
}

const join = (names: string[], and: string) =>
  names.length <= 2 ? names.join(` ${and} `) : `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`;

// Search text and sort keys are assembled from the normalised words of the pieces titles are made of,
// worked out once per form, topic, state, person and domain: normalising 250,000 whole titles would cost
// more than all the rest of the generation. tests/search/synthetic-search-text.test.ts checks the result
// equals buildSearchText and buildSortTitles on the whole agreement.
const words = (...texts: (string | null)[]) => texts.flatMap((text) => (text ? normalizedWords(text) : []));
const sortPiece = (text: string) => normalizedWords(text).join(" ");

const formPieces = new Map(forms.map(([form, en, fr]) => [form, { words: words(en, fr), sortEn: sortPiece(en), sortFr: sortPiece(fr) }]));
const topicPieces = topics.map(([en, fr]) => ({ en, fr, words: words(en, fr), sortEn: sortPiece(en), sortFr: sortPiece(fr) }));
const joinerWords = words("on relatif à");
const betweenWords = words("between and");
const entreWords = words("entre et");
const relatifA = sortPiece("relatif à");

interface Party extends SynthCountry {
  wordsEn: readonly string[];
  wordsFr: readonly string[];
  wordsAr: readonly string[];
  placeWords: readonly string[];
  sortEn: string;
  sortFr: string;
}

/** What one synthetic agreement adds to the database. */
export interface SynthAgreement {
  agreement: {
    slug: string;
    title: string;
    titleLanguage: "en" | "fr";
    titleEn: string | null;
    titleFr: string | null;
    shortName: null;
    form: string;
    legalNature: string | null;
    status: string;
    signedOn: string | null;
    placeCity: string | null;
    placeCountryCode: string | null;
    summaryEn: string;
    summaryFr: string;
    disclosure: string;
    searchText: string;
    sortTitleEn: string;
    sortTitleFr: string;
    sortTitleAr: string;
  };
  parties: string[];
  domains: { domainId: number; evidence: string | null }[];
  signatories: { person: SynthPerson; countryCode: string }[];
  /** About one agreement in ten is signed during an official visit of one party's minister to another. */
  visit: { visitor: SynthPerson; visitorCountryCode: string; hostCountryCode: string; kind: string; searchText: string } | null;
}

/**
 * A generator of agreements over the given states, domains and people. Calls with the same random source
 * give the same agreements; `index` numbers them (slugs).
 */
export function agreementSynth(countries: SynthCountry[], domains: SynthDomain[], people: SynthPerson[]) {
  const parties: Party[] = countries.map((country) => ({
    ...country,
    wordsEn: normalizedWords(country.nameEn),
    wordsFr: normalizedWords(country.nameFr),
    wordsAr: words(country.nameAr),
    placeWords: words(country.capital, country.nameEn, country.nameFr, country.nameAr),
    sortEn: sortPiece(country.nameEn),
    sortFr: sortPiece(country.nameFr),
  }));
  const domainPieces = domains.map((domain) => {
    const evidence = `Les parties coopèrent dans le domaine suivant : ${domain.nameFr.toLowerCase()}.`;
    return { id: domain.id, evidence, words: normalizedWords(evidence) };
  });
  const personWords = new Map(people.map((person) => [person, normalizedWords(person.name)]));

  return function synthAgreement(rng: Random, index: number): SynthAgreement {
    const partyCount = pickPartyCount(rng);
    const chosen = new Set<Party>();
    while (chosen.size < partyCount) chosen.add(rng.pick(parties));
    const partyList = [...chosen];
    const [form, formEn, formFr] = pickForm(rng);
    const topic = rng.pick(topicPieces);
    const namesEn = partyList.map((party) => party.nameEn);
    const namesFr = partyList.map((party) => party.nameFr);
    const titleEn = `${formEn} between ${join(namesEn, "and")} on ${topic.en}`;
    const titleFr = `${formFr} entre ${join(namesFr, "et")} relatif à ${topic.fr}`;
    const inFrench = rng.next() < 0.5;
    const translated = rng.next() < 0.8;
    const host = rng.pick(partyList);
    const hasPlace = rng.next() < 0.85 && Boolean(host.capital);
    const chosenDomains = new Set<(typeof domainPieces)[number]>();
    const domainCount = Math.min(rng.int(1, 4), domainPieces.length);
    while (chosenDomains.size < domainCount) chosenDomains.add(rng.pick(domainPieces));
    const domainRows = [...chosenDomains].map((domain) => ({ domain, evidence: rng.next() < 0.5 }));
    const signatories: { person: SynthPerson; countryCode: string }[] = [];
    for (const party of partyList.slice(0, rng.int(0, partyList.length))) {
      const person = rng.pick(people);
      if (!signatories.some((signatory) => signatory.person === person)) signatories.push({ person, countryCode: party.code });
    }
    const legalNature = pickNature(rng);
    const status = pickStatus(rng);
    const signedOn = signatureDate(rng);
    const disclosure = pickDisclosure(rng);
    const visitor =
      signedOn?.length === 10 && partyList.length >= 2 && rng.next() < 0.1 ? (signatories[0]?.person ?? rng.pick(people)) : null;
    const visit = visitor
      ? {
          visitor,
          visitorCountryCode: partyList[1]!.code,
          hostCountryCode: partyList[0]!.code,
          kind: rng.pick(visitKinds),
          // The words buildVisitSearchText would give: official, city (the agreement's place), both states.
          searchText: [
            ...new Set([
              ...personWords.get(visitor)!,
              ...(hasPlace ? words(host.capital) : []),
              ...partyList[1]!.wordsEn,
              ...partyList[1]!.wordsFr,
              ...partyList[1]!.wordsAr,
              ...partyList[0]!.wordsEn,
              ...partyList[0]!.wordsFr,
              ...partyList[0]!.wordsAr,
            ]),
          ].join(" "),
        }
      : null;
    const hasTitleEn = !inFrench || translated;
    const hasTitleFr = inFrench || translated;

    // The words of title, translations, summaries, place, parties, signatories and evidence, each once, in
    // the order buildSearchText meets them.
    const searchWords = new Set<string>();
    const add = (list: readonly string[]) => {
      for (const word of list) searchWords.add(word);
    };
    add(formPieces.get(form)!.words);
    add(topic.words);
    add(joinerWords);
    if (hasTitleEn) add(betweenWords);
    if (hasTitleFr) add(entreWords);
    if (hasPlace) add(host.placeWords);
    for (const party of partyList) add(party.wordsEn);
    for (const party of partyList) add(party.wordsFr);
    for (const party of partyList) add(party.wordsAr);
    for (const { person } of signatories) add(personWords.get(person)!);
    for (const row of domainRows) if (row.evidence) add(row.domain.words);

    const { sortEn: formSortEn, sortFr: formSortFr } = formPieces.get(form)!;
    const sortNamesEn = partyList.map((party) => party.sortEn);
    const sortNamesFr = partyList.map((party) => party.sortFr);
    const keyEn = `${formSortEn} between ${sortNamesEn.slice(0, -1).join(" ")} and ${sortNamesEn.at(-1)} on ${topic.sortEn}`;
    const keyFr = `${formSortFr} entre ${sortNamesFr.slice(0, -1).join(" ")} et ${sortNamesFr.at(-1)} ${relatifA} ${topic.sortFr}`;
    return {
      agreement: {
        slug: `synthetic-${index + 1}`,
        title: inFrench ? titleFr : titleEn,
        titleLanguage: inFrench ? "fr" : "en",
        titleEn: hasTitleEn ? titleEn : null,
        titleFr: hasTitleFr ? titleFr : null,
        shortName: null,
        form,
        legalNature,
        status,
        signedOn,
        placeCity: hasPlace ? host.capital : null,
        placeCountryCode: hasPlace ? host.code : null,
        summaryEn: `${formEn} on ${topic.en}.`,
        summaryFr: `${formFr} relatif à ${topic.fr}.`,
        disclosure,
        searchText: [...searchWords].join(" "),
        sortTitleEn: hasTitleEn ? keyEn : keyFr,
        sortTitleFr: hasTitleFr ? keyFr : keyEn,
        // No Arabic title: an Arabic reader sees the title in the language of the text.
        sortTitleAr: inFrench ? keyFr : keyEn,
      },
      parties: partyList.map((party) => party.code),
      domains: domainRows.map(({ domain, evidence }) => ({ domainId: domain.id, evidence: evidence ? domain.evidence : null })),
      signatories,
      visit,
    };
  };
}
