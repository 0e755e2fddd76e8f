// The cooperation domains the app starts with: those the Morocco–Israel texts name, plus the areas that
// research on defence cooperation agreements codes (exercises, R&D, procurement, education, peacekeeping,
// policy coordination). Editors add more. Each has its name in every interface language; an Arabic name the seed
// did not write (a domain an editor added) may be missing, and reads in English until it is given.
export interface DomainSeed {
  slug: string;
  nameEn: string;
  nameFr: string;
  nameAr: string;
  descriptionEn: string;
  descriptionFr: string;
}

export const cooperationDomains: DomainSeed[] = [
  {
    slug: "training",
    nameEn: "Training",
    nameFr: "Formation",
    nameAr: "التدريب",
    descriptionEn: "Training of military and civilian defence personnel.",
    descriptionFr: "Formation des personnels militaires et civils de la défense.",
  },
  {
    slug: "technology-transfer",
    nameEn: "Technology transfer",
    nameFr: "Transfert de technologie",
    nameAr: "نقل التكنولوجيا",
    descriptionEn: "Transfer of defence technology and know-how between the parties.",
    descriptionFr: "Transfert de technologies et de savoir-faire de défense entre les parties.",
  },
  {
    slug: "cybersecurity",
    nameEn: "Cybersecurity",
    nameFr: "Cybersécurité",
    nameAr: "الأمن السيبراني",
    descriptionEn: "Protection of information systems and cooperation against cyber threats.",
    descriptionFr: "Protection des systèmes d’information et coopération contre les cybermenaces.",
  },
  {
    slug: "defence-industry",
    nameEn: "Defence industry",
    nameFr: "Industrie de défense",
    nameAr: "الصناعة الدفاعية",
    descriptionEn: "Industrial cooperation: co-production, joint ventures, supply chains.",
    descriptionFr: "Coopération industrielle : coproduction, coentreprises, chaînes d’approvisionnement.",
  },
  {
    slug: "expertise-exchange",
    nameEn: "Exchange of experience and expertise",
    nameFr: "Échange d’expériences et d’expertise",
    nameAr: "تبادل التجارب والخبرات",
    descriptionEn: "Exchanges of experience, expertise and personnel between defence institutions.",
    descriptionFr: "Échanges d’expériences, d’expertise et de personnels entre institutions de défense.",
  },
  {
    slug: "information-protection",
    nameEn: "Protection of classified information",
    nameFr: "Protection des informations classifiées",
    nameAr: "حماية المعلومات المصنفة",
    descriptionEn: "Rules for exchanging and protecting classified defence information.",
    descriptionFr: "Règles d’échange et de protection des informations de défense classifiées.",
  },
  {
    slug: "capacity-building",
    nameEn: "Capacity building",
    nameFr: "Renforcement des capacités",
    nameAr: "بناء القدرات",
    descriptionEn: "Strengthening a partner's defence capabilities.",
    descriptionFr: "Renforcement des capacités de défense d’un partenaire.",
  },
  {
    slug: "exercises",
    nameEn: "Joint exercises",
    nameFr: "Exercices conjoints",
    nameAr: "التمارين المشتركة",
    descriptionEn: "Joint military exercises and manoeuvres.",
    descriptionFr: "Exercices et manœuvres militaires conjoints.",
  },
  {
    slug: "research-and-development",
    nameEn: "Research and development",
    nameFr: "Recherche et développement",
    nameAr: "البحث والتطوير",
    descriptionEn: "Joint research and development of defence equipment and technology.",
    descriptionFr: "Recherche et développement conjoints d’équipements et de technologies de défense.",
  },
  {
    slug: "procurement",
    nameEn: "Procurement",
    nameFr: "Acquisitions",
    nameAr: "المشتريات الدفاعية",
    descriptionEn: "Purchase and supply of defence equipment and services.",
    descriptionFr: "Achat et fourniture d’équipements et de services de défense.",
  },
  {
    slug: "education",
    nameEn: "Military education",
    nameFr: "Enseignement militaire",
    nameAr: "التعليم العسكري",
    descriptionEn: "Places in military academies, staff colleges and schools.",
    descriptionFr: "Places dans les académies militaires, écoles de guerre et écoles.",
  },
  {
    slug: "peacekeeping",
    nameEn: "Peacekeeping",
    nameFr: "Maintien de la paix",
    nameAr: "حفظ السلام",
    descriptionEn: "Cooperation in peacekeeping and peace-support operations.",
    descriptionFr: "Coopération dans les opérations de maintien et de soutien de la paix.",
  },
  {
    slug: "policy-coordination",
    nameEn: "Policy coordination",
    nameFr: "Coordination des politiques",
    nameAr: "تنسيق السياسات",
    descriptionEn: "Consultations and coordination of defence and security policy.",
    descriptionFr: "Consultations et coordination des politiques de défense et de sécurité.",
  },
];
