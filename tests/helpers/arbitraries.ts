// fast-check arbitraries for the agreement form as the browser (or anyone else) posts it: flat FormData entries
// named like the form's inputs. Valid drafts are built from names the seeded database knows; malformed payloads
// are drafts with entries dropped, values replaced by junk and junk fields added.
import fc from "fast-check";
import { AgreementForm, AgreementLinkKind, AgreementStatus, DisclosureLevel, LegalNature } from "@/lib/generated/prisma/enums";
import { agreementScalarFields } from "@/lib/agreements/schemas";

export type FormEntry = readonly [name: string, value: string | Blob];

export function toFormData(entries: readonly FormEntry[]): FormData {
  const formData = new FormData();
  for (const [name, value] of entries) formData.append(name, value);
  return formData;
}

/** What the seeded database holds, so drafts can name real countries, domains, visits, agreements, sources. */
export interface KnownReferences {
  countries: string[];
  domains: string[];
  visits: string[];
  agreements: string[];
  sourceIds: number[];
}

export const unknownCountries = ["XK", "TW", "EU", "UK", "ZZ", "HK"];

const signatoryFields = ["personName", "titleEn", "titleFr", "countryCode"] as const;
const linkFields = ["kind", "target", "note"] as const;
const sourceFields = ["sourceId", "publisher", "title", "language", "publishedOn", "url", "excerpt"] as const;

export interface AgreementDraft {
  scalars: Partial<Record<(typeof agreementScalarFields)[number], string>>;
  parties: string[];
  domains: { slug: string; evidence: string }[];
  signatories: Record<(typeof signatoryFields)[number], string>[];
  links: Record<(typeof linkFields)[number], string>[];
  sources: Record<(typeof sourceFields)[number], string>[];
  /** Where each list's rows sit in the form: increasing, possibly with gaps ("signatories.7.personName"). */
  rowIndexes: { signatories: readonly number[]; links: readonly number[]; sources: readonly number[] };
  confirmDuplicate: boolean;
}

/** A draft as the form posts it. */
export function draftEntries(draft: AgreementDraft): FormEntry[] {
  const entries: FormEntry[] = Object.entries(draft.scalars).map(([name, value]) => [name, value ?? ""] as const);
  for (const code of draft.parties) entries.push(["parties", code]);
  for (const { slug, evidence } of draft.domains) entries.push(["domains", slug], [`evidence.${slug}`, evidence]);
  const rows = <Field extends string>(list: keyof AgreementDraft["rowIndexes"], items: Record<Field, string>[]) =>
    items.forEach((row, position) => {
      const index = draft.rowIndexes[list][position] ?? position;
      for (const [field, value] of Object.entries(row)) entries.push([`${list}.${index}.${field}`, value as string]);
    });
  rows("signatories", draft.signatories);
  rows("links", draft.links);
  rows("sources", draft.sources);
  if (draft.confirmDuplicate) entries.push(["confirmDuplicate", "yes"]);
  return entries;
}

// Text a person could type: letters of any script, with spaces around now and then (the schema trims them).
const typed = (maxLength: number) =>
  fc
    .tuple(
      fc.constantFrom("", " ", "  "),
      fc
        .string({ unit: "grapheme", minLength: 1, maxLength })
        .filter((value) => value.trim().length > 0 && value.trim().length <= maxLength),
      fc.constantFrom("", " ", "\n"),
    )
    .map(([before, value, after]) => `${before}${value}${after}`);
const optionalTyped = (maxLength: number) =>
  fc.oneof({ weight: 2, arbitrary: fc.constant("") }, { weight: 1, arbitrary: typed(maxLength) });
const words = fc
  .array(
    fc.constantFrom(
      "accord",
      "coopération",
      "défense",
      "training",
      "cyber",
      "mémorandum",
      "industrie",
      "שיתוף",
      "تعاون",
      "Защита",
      "protocol",
      "naval",
    ),
    { minLength: 1, maxLength: 6 },
  )
  .chain((list) => fc.tuple(fc.constant(list.join(" ")), fc.nat(1_000_000)).map(([text, n]) => `${text} ${n}`));

const year = (min: number, max: number) => fc.integer({ min, max });
/** A real partial date: "2021", "2021-11" or "2021-11-24". */
export const partialDate = (minYear = 1800, maxYear = new Date().getUTCFullYear() + 10) =>
  fc
    .tuple(
      year(minYear, maxYear),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
      fc.constantFrom("year", "month", "day"),
    )
    .map(([y, m, d, precision]) => {
      const month = String(m).padStart(2, "0");
      const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
      if (precision === "year") return String(y);
      if (precision === "month") return `${y}-${month}`;
      return `${y}-${month}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
    });

const rowIndexes = (count: number) =>
  fc.oneof(
    fc.constant([...Array(count).keys()]),
    fc.uniqueArray(fc.nat(9999), { minLength: count, maxLength: count }).map((indexes) => indexes.sort((a, b) => a - b)),
  );

/** A form an editor could have filled in: every value well formed and every name known to the database. */
export function agreementDraft(known: KnownReferences): fc.Arbitrary<AgreementDraft> {
  const country = fc.constantFrom(...known.countries);
  const casing = (code: string) => fc.constantFrom(code, code.toLowerCase(), ` ${code} `);
  return fc
    .record({
      parties: fc.uniqueArray(country, { minLength: 2, maxLength: 5 }),
      title: fc.oneof(words, typed(200)),
      titleLanguage: fc.constantFrom("en", "fr", "ar", "he", "EN", " fr "),
      titleEn: fc.oneof(fc.constant(""), words, typed(200)),
      titleFr: optionalTyped(200),
      shortName: optionalTyped(60),
      form: fc.constantFrom(...Object.values(AgreementForm)),
      legalNature: fc.constantFrom("", ...Object.values(LegalNature)),
      status: fc.constantFrom(...Object.values(AgreementStatus)),
      disclosure: fc.constantFrom("", ...Object.values(DisclosureLevel)),
      // Ordered, so entry into force is not before signature nor the end before either (usually).
      dates: fc.array(partialDate(1900, 2030), { minLength: 3, maxLength: 3 }).map((dates) => dates.sort()),
      dateMask: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
      placeCity: optionalTyped(60),
      placeCountryCode: fc.option(country, { nil: "" }),
      signedDuringVisit: fc.constantFrom("", "", ...known.visits),
      summaryEn: optionalTyped(300),
      summaryFr: optionalTyped(300),
      notes: optionalTyped(300),
      notesLanguage: fc.constantFrom("", "en", "fr", "AR", " he "),
      domains: fc
        .uniqueArray(fc.constantFrom(...known.domains), { maxLength: 4 })
        .chain((slugs) => fc.tuple(...slugs.map((slug) => optionalTyped(200).map((evidence) => ({ slug, evidence }))))),
      signatoryNames: fc.uniqueArray(typed(40), { maxLength: 4, selector: (name) => name.trim().toLowerCase() }),
      links: fc.uniqueArray(
        fc.record({
          kind: fc.constantFrom(...Object.values(AgreementLinkKind)),
          target: fc.constantFrom(...known.agreements),
          note: optionalTyped(120),
        }),
        {
          maxLength: 3,
          selector: (link) => `${link.kind}:${link.target}`,
        },
      ),
      sources: fc.array(
        fc.record({
          sourceId: fc.constantFrom("", "", "", ...known.sourceIds.map(String)),
          publisher: typed(60),
          title: typed(100),
          language: fc.constantFrom("en", "fr", "ar", "HE"),
          publishedOn: fc.option(partialDate(), { nil: "" }),
          url: fc.option(fc.webUrl(), { nil: "" }),
          excerpt: optionalTyped(200),
        }),
        // A new agreement cites one source at least.
        { minLength: 1, maxLength: 3 },
      ),
      confirmDuplicate: fc.boolean(),
    })
    .chain((draft) =>
      fc
        .record({
          signatories: fc.tuple(
            ...draft.signatoryNames.map((personName) =>
              fc.record({
                personName: fc.constant(personName),
                titleEn: optionalTyped(80),
                titleFr: optionalTyped(80),
                countryCode: fc.constantFrom(...draft.parties).chain(casing),
              }),
            ),
          ),
          parties: fc.tuple(...draft.parties.map(casing)),
          signatoryIndexes: rowIndexes(draft.signatoryNames.length),
          linkIndexes: rowIndexes(draft.links.length),
          sourceIndexes: rowIndexes(draft.sources.length),
        })
        .map(({ signatories, parties, signatoryIndexes, linkIndexes, sourceIndexes }): AgreementDraft => {
          const [signedOn, entryIntoForceOn, endedOn] = draft.dates.map((date, index) => (draft.dateMask[index] ? date : ""));
          return {
            scalars: {
              title: draft.title,
              titleLanguage: draft.titleLanguage,
              titleEn: draft.titleEn,
              titleFr: draft.titleFr,
              shortName: draft.shortName,
              form: draft.form,
              legalNature: draft.legalNature,
              status: draft.status,
              disclosure: draft.disclosure,
              signedOn,
              entryIntoForceOn,
              endedOn,
              placeCity: draft.placeCity,
              placeCountryCode: draft.placeCountryCode,
              signedDuringVisit: draft.signedDuringVisit,
              summaryEn: draft.summaryEn,
              summaryFr: draft.summaryFr,
              notes: draft.notes,
              notesLanguage: draft.notesLanguage,
            },
            parties,
            domains: draft.domains,
            signatories,
            links: draft.links,
            sources: draft.sources,
            rowIndexes: { signatories: signatoryIndexes, links: linkIndexes, sources: sourceIndexes },
            confirmDuplicate: draft.confirmDuplicate,
          };
        }),
    );
}

const hugeString = fc
  .tuple(fc.integer({ min: 2_000, max: 200_000 }), fc.constantFrom("a", "é", " ", "<script>", "🙂", "x\n"))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** Values nobody should post, and some that are fine, in every field. */
export function junkValue(known: KnownReferences): fc.Arbitrary<string | Blob> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string() },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)), maxLength: 10 }) },
    { weight: 1, arbitrary: hugeString },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        "",
        " ",
        "\u200b",
        "\u0000",
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        '\'; DROP TABLE "Agreement"; --',
        "__proto__",
        "null",
        "undefined",
        "[object Object]",
        "[]",
        "{}",
      ),
    },
    {
      weight: 2,
      arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE)).map(String),
    },
    { weight: 1, arbitrary: fc.constantFrom("0x10", "1e3", "-1", "0", "1.5", " 1 ", "99999999999999999999") },
    {
      weight: 3,
      arbitrary: fc.oneof(
        partialDate(),
        fc.constantFrom(
          "2021-02-30",
          "2021-02-29",
          "2020-02-29",
          "1799",
          "1799-12-31",
          "9999",
          "2021-13",
          "2021-00-10",
          "2021-1-1",
          "21",
          "2021/01/01",
          "0000",
          "+2021",
        ),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.webUrl(),
        fc.constantFrom(
          "javascript:alert(1)",
          "ftp://example.org/x",
          "http://",
          "https:///x",
          "mailto:a@example.org",
          "data:text/html,<b>x</b>",
          "//example.org",
          "example.org",
          `https://example.org/${"a".repeat(2100)}`,
        ),
      ),
    },
    {
      weight: 4,
      arbitrary: fc.oneof(fc.constantFrom(...known.countries, ...unknownCountries), fc.constantFrom("ma", " il ", "MAR", "M", "M1", "ÉT")),
    },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        ...Object.values(AgreementForm),
        ...Object.values(AgreementStatus),
        ...Object.values(LegalNature),
        ...Object.values(DisclosureLevel),
        ...Object.values(AgreementLinkKind),
        "signed",
        "TREATY ",
        "WRONG",
      ),
    },
    {
      weight: 3,
      arbitrary: fc.constantFrom(...known.domains, ...known.visits, ...known.agreements, "no-such-slug", "Training", " training ", "new"),
    },
    { weight: 1, arbitrary: fc.constantFrom("en", "fr", "EN", "eng", "e", "12") },
    { weight: 1, arbitrary: fc.string().map((text) => new Blob([text])) },
  );
}

const lists = { signatories: signatoryFields, links: linkFields, sources: sourceFields } as const;

/** Names the form uses, near misses, and names it never uses. */
export function junkFieldName(known: KnownReferences): fc.Arbitrary<string> {
  const rowIndex = fc.oneof(
    { weight: 4, arbitrary: fc.nat(12).map(String) },
    { weight: 1, arbitrary: fc.nat(9999).map(String) },
    { weight: 1, arbitrary: fc.constantFrom("10000", "-1", "01", "x", "", "1.5", "٣") },
  );
  const row = fc
    .constantFrom(...(Object.keys(lists) as (keyof typeof lists)[]))
    .chain((list) => fc.tuple(fc.constant(list), rowIndex, fc.constantFrom(...lists[list], "__proto__", "id", "constructor")))
    .map(([list, index, field]) => `${list}.${index}.${field}`);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...agreementScalarFields) },
    { weight: 4, arbitrary: fc.constantFrom("parties", "domains") },
    { weight: 6, arbitrary: row },
    { weight: 2, arbitrary: fc.constantFrom(...known.domains, "no-such-slug", "__proto__").map((slug) => `evidence.${slug}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "confirmDuplicate",
        "slug",
        "version",
        "$ACTION_ID_0",
        "__proto__",
        "constructor",
        "signatories",
        "sources.0",
      ),
    },
    { weight: 1, arbitrary: fc.string() },
  );
}

type Mutation = { drop: number } | { replace: number; value: string | Blob } | { add: FormEntry };

/** Payloads from `base` with between `min` and `max` entries dropped, values replaced by junk, or fields added. */
function mutated(known: KnownReferences, base: fc.Arbitrary<FormEntry[]>, min: number, max: number): fc.Arbitrary<FormEntry[]> {
  const value = junkValue(known);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.nat().map((drop) => ({ drop })),
    fc.record({ replace: fc.nat(), value }),
    fc.tuple(junkFieldName(known), value).map((add) => ({ add })),
  );
  return fc.tuple(base, fc.array(mutation, { minLength: min, maxLength: max })).map(([original, mutations]) => {
    const entries = [...original];
    for (const change of mutations) {
      if ("add" in change) entries.push(change.add);
      else if (entries.length === 0) continue;
      else if ("drop" in change) entries.splice(change.drop % entries.length, 1);
      else entries[change.replace % entries.length] = [entries[change.replace % entries.length]![0], change.value];
    }
    return entries;
  });
}

/** A valid draft or nothing at all, with up to a dozen entries dropped, replaced by junk or added. */
export function malformedPayload(known: KnownReferences): fc.Arbitrary<FormEntry[]> {
  const base = fc.oneof(
    { weight: 3, arbitrary: agreementDraft(known).map(draftEntries) },
    { weight: 1, arbitrary: fc.constant<FormEntry[]>([]) },
  );
  return mutated(known, base, 1, 12);
}

/** A valid draft, one time in four with one or two entries dropped, replaced by junk or added. */
export function mostlyValidPayload(known: KnownReferences): fc.Arbitrary<FormEntry[]> {
  const draft = agreementDraft(known).map(draftEntries);
  return fc.oneof({ weight: 3, arbitrary: draft }, { weight: 1, arbitrary: mutated(known, draft, 1, 2) });
}
