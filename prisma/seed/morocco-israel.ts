// The Morocco–Israel records, every fact taken from one text: the communiqué of the General Staff of
// Morocco's Royal Armed Forces (FAR) on the Israeli defence minister's visit of 23–24 November 2021,
// kept verbatim in prisma/seed-data/far-communique-2021-11.fr.txt. Where the text gives no date, the date
// is left unknown and the notes say so. English titles and summaries are translations of the French.
import {
  VisitKind,
  type AgreementForm,
  type AgreementLinkKind,
  type AgreementStatus,
  type DisclosureLevel,
} from "@/lib/generated/prisma/enums";

/** The language of every note below: the editors' own words, in English. */
export const notesLanguage = "en";

export const communiqueKey = "far-communique-gantz-visit-2021-11";
export const communiqueFile = "prisma/seed-data/far-communique-2021-11.fr.txt";

export const communique = {
  key: communiqueKey,
  publisher: "État-Major général des Forces armées royales (FAR)",
  title: "Communiqué sur la visite officielle du ministre israélien de la Défense au Maroc (23-24 novembre)",
  language: "fr",
  publishedOn: null,
  url: null,
  notes:
    "The text as received carries no title, date or address: the title above describes it. It reports the " +
    "signature as taking place on “mercredi” during the visit of 23–24 November, after the December 2020 " +
    "declaration; 24 November 2021 is that Wednesday.",
  notesLanguage,
};

export const people = {
  gantz: { name: "Benjamin Gantz" },
  loudyi: { name: "Abdeltif Loudyi" },
} as const;

const gantzTitle = {
  titleFr: "Vice-Premier ministre, ministre de la Défense",
  titleEn: "Vice Prime Minister, Minister of Defence",
};
const loudyiTitle = {
  titleFr: "Ministre délégué auprès du Chef du gouvernement, chargé de l’Administration de la défense nationale",
  titleEn: "Minister Delegate to the Head of Government, in charge of the Administration of National Defence",
};

// Sentences of the communiqué, quoted as the evidence for each cooperation domain.
const mouSentence =
  "Le Maroc et l’Etat d’Israël ont signé, mercredi à Rabat, un mémorandum d’entente (MoU) dans le domaine de " +
  "la défense couvrant les échanges d’expériences et d’expertise, le transfert technologique, les formations " +
  "ainsi que la coopération dans le domaine de l’industrie de défense.";
const conclusionSentence =
  "A cette occasion, les deux ministres se sont félicités des progrès réalisés dans le domaine de la défense " +
  "avec la conclusion d’un accord relatif à la protection des informations dans le domaine de la défense et " +
  "d’un mémorandum d’entente de coopération en matière de cybersécurité.";

export const visit = {
  slug: "2021-11-gantz-morocco",
  visitor: "gantz" as const,
  visitorTitleEn: gantzTitle.titleEn,
  visitorTitleFr: gantzTitle.titleFr,
  visitorCountryCode: "IL",
  hostCountryCode: "MA",
  city: "Rabat",
  startOn: "2021-11-23",
  endOn: "2021-11-24",
  kind: VisitKind.OFFICIAL,
  summaryEn:
    "Official visit of Israel's Vice Prime Minister and Minister of Defence to Morocco, during which the two " +
    "countries signed a memorandum of understanding in the field of defence.",
  summaryFr:
    "Visite officielle du vice-Premier ministre et ministre de la Défense israélien au Maroc, au cours de " +
    "laquelle les deux pays ont signé un mémorandum d’entente dans le domaine de la défense.",
  notes: "The communiqué names Rabat as the place of the signature; it does not list the other places of the visit.",
  notesLanguage,
  meetings: [
    {
      counterpart: "loudyi" as const,
      counterpartTitleEn: loudyiTitle.titleEn,
      counterpartTitleFr: loudyiTitle.titleFr,
      counterpartCountryCode: "MA",
      summaryEn:
        "Meeting at the end of which the defence memorandum of understanding was signed. The two ministers " +
        "discussed ways to strengthen bilateral military cooperation and exchanged views on bilateral and " +
        "regional questions.",
      summaryFr:
        "Rencontre à l’issue de laquelle le mémorandum d’entente de défense a été signé. Les deux ministres ont " +
        "discuté des voies et moyens de renforcement de la coopération militaire bilatérale et ont eu des " +
        "échanges sur des questions d’ordre bilatéral et régional.",
    },
    {
      counterpart: null,
      counterpartTitleEn: "Lieutenant General, Inspector General of the Royal Armed Forces and Commander of the Southern Zone",
      counterpartTitleFr: "Général de corps d’armée, Inspecteur Général des FAR et Commandant de la Zone Sud",
      counterpartCountryCode: "MA",
      summaryEn:
        "Working meeting. Both welcomed the dynamics of cooperation between the two countries, in particular " +
        "the exchange of expertise in training, strengthening of defence capabilities and technology transfer.",
      summaryFr:
        "Réunion de travail. Les deux responsables se sont félicités de la dynamique de coopération entre les " +
        "deux pays, en particulier l’échange d’expertise dans les domaines de la formation, du renforcement des " +
        "capacités de défense et du transfert de technologie.",
    },
  ],
};

export interface AgreementSeed {
  slug: string;
  title: string;
  titleLanguage: string;
  titleEn: string | null;
  titleFr: string | null;
  form: AgreementForm;
  status: AgreementStatus;
  signedOn: string | null;
  placeCity: string | null;
  placeCountryCode: string | null;
  summaryEn: string;
  summaryFr: string;
  notes: string;
  notesLanguage: string;
  disclosure: DisclosureLevel;
  parties: string[];
  signatories: { person: keyof typeof people; titleEn: string; titleFr: string; countryCode: string }[];
  domains: { slug: string; evidence: string }[];
  signedDuringVisit: boolean;
}

export const agreements: AgreementSeed[] = [
  {
    slug: "ma-il-defence-mou-2021",
    title: "Mémorandum d’entente (MoU) dans le domaine de la défense",
    titleLanguage: "fr",
    titleFr: "Mémorandum d’entente dans le domaine de la défense",
    titleEn: "Memorandum of understanding in the field of defence",
    form: "MEMORANDUM_OF_UNDERSTANDING",
    status: "SIGNED",
    signedOn: "2021-11-24",
    placeCity: "Rabat",
    placeCountryCode: "MA",
    summaryEn:
      "Defence memorandum of understanding covering exchanges of experience and expertise, technology " +
      "transfer, training, and cooperation in the defence industry.",
    summaryFr:
      "Mémorandum d’entente de défense couvrant les échanges d’expériences et d’expertise, le transfert " +
      "technologique, les formations et la coopération dans le domaine de l’industrie de défense.",
    notes:
      "The official title is not given in the source: the title is the communiqué's own description. The " +
      "communiqué says the signature took place “mercredi à Rabat” at the end of the ministers' meeting, " +
      "during the visit of 23–24 November, hence 24 November 2021. Legal nature and entry into force are not stated.",
    notesLanguage,
    disclosure: "PRESS_RELEASE_ONLY",
    parties: ["MA", "IL"],
    signatories: [
      { person: "gantz", ...gantzTitle, countryCode: "IL" },
      { person: "loudyi", ...loudyiTitle, countryCode: "MA" },
    ],
    domains: [
      { slug: "expertise-exchange", evidence: mouSentence },
      { slug: "technology-transfer", evidence: mouSentence },
      { slug: "training", evidence: mouSentence },
      { slug: "defence-industry", evidence: mouSentence },
    ],
    signedDuringVisit: true,
  },
  {
    slug: "ma-il-defence-information-protection-agreement",
    title: "Accord relatif à la protection des informations dans le domaine de la défense",
    titleLanguage: "fr",
    titleFr: "Accord relatif à la protection des informations dans le domaine de la défense",
    titleEn: "Agreement on the protection of information in the field of defence",
    form: "AGREEMENT",
    status: "SIGNED",
    signedOn: null,
    placeCity: null,
    placeCountryCode: null,
    summaryEn: "Agreement on the protection of information exchanged in the field of defence.",
    summaryFr: "Accord relatif à la protection des informations dans le domaine de la défense.",
    notes:
      "The communiqué of the November 2021 visit welcomes its conclusion but gives neither the date nor the " +
      "place of signature; it was concluded by 24 November 2021. The official title is not given.",
    notesLanguage,
    disclosure: "PRESS_RELEASE_ONLY",
    parties: ["MA", "IL"],
    signatories: [],
    domains: [{ slug: "information-protection", evidence: conclusionSentence }],
    signedDuringVisit: false,
  },
  {
    slug: "ma-il-cybersecurity-mou",
    title: "Mémorandum d’entente de coopération en matière de cybersécurité",
    titleLanguage: "fr",
    titleFr: "Mémorandum d’entente de coopération en matière de cybersécurité",
    titleEn: "Memorandum of understanding on cooperation in cybersecurity",
    form: "MEMORANDUM_OF_UNDERSTANDING",
    status: "SIGNED",
    signedOn: null,
    placeCity: null,
    placeCountryCode: null,
    summaryEn: "Memorandum of understanding on cooperation in cybersecurity.",
    summaryFr: "Mémorandum d’entente de coopération en matière de cybersécurité.",
    notes:
      "The communiqué of the November 2021 visit welcomes its conclusion but gives neither the date nor the " +
      "place of signature; it was concluded by 24 November 2021. The official title is not given.",
    notesLanguage,
    disclosure: "PRESS_RELEASE_ONLY",
    parties: ["MA", "IL"],
    signatories: [],
    domains: [{ slug: "cybersecurity", evidence: conclusionSentence }],
    signedDuringVisit: false,
  },
  {
    slug: "ma-il-us-tripartite-declaration-2020",
    title: "Déclaration tripartite (Maroc-Israël-USA)",
    titleLanguage: "fr",
    titleFr: "Déclaration tripartite (Maroc-Israël-USA)",
    titleEn: "Tripartite declaration (Morocco–Israel–United States)",
    form: "DECLARATION",
    status: "SIGNED",
    signedOn: "2020-12",
    placeCity: null,
    placeCountryCode: null,
    summaryEn:
      "Declaration of Morocco, Israel and the United States, signed under the presidency of King Mohammed VI, " +
      "that restored diplomatic relations between Morocco and Israel.",
    summaryFr:
      "Déclaration du Maroc, d’Israël et des États-Unis, signée sous la présidence du Roi Mohammed VI, " +
      "consacrant la reprise des relations diplomatiques entre le Maroc et Israël.",
    notes: "The communiqué gives the month of signature only (December 2020), and neither the place nor the signatories.",
    notesLanguage,
    disclosure: "PRESS_RELEASE_ONLY",
    parties: ["MA", "IL", "US"],
    signatories: [],
    domains: [],
    signedDuringVisit: false,
  },
];

export const links: { from: string; to: string; kind: AgreementLinkKind; note: string; noteLanguage: string }[] = [
  {
    from: "ma-il-defence-mou-2021",
    to: "ma-il-defence-information-protection-agreement",
    kind: "RELATED",
    note: "Its conclusion was welcomed by the two ministers on the occasion of the MoU's signature.",
    noteLanguage: notesLanguage,
  },
  {
    from: "ma-il-defence-mou-2021",
    to: "ma-il-cybersecurity-mou",
    kind: "RELATED",
    note: "Its conclusion was welcomed by the two ministers on the occasion of the MoU's signature.",
    noteLanguage: notesLanguage,
  },
  {
    from: "ma-il-defence-mou-2021",
    to: "ma-il-us-tripartite-declaration-2020",
    kind: "RELATED",
    note: "The communiqué places the visit within the cooperation that has advanced since the declaration.",
    noteLanguage: notesLanguage,
  },
];
