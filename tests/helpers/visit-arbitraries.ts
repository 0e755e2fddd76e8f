// fast-check arbitraries for the visit form as the browser (or anyone else) posts it, built like the agreement
// form's in ./arbitraries: drafts named from what the seeded database knows, then entries dropped, values replaced
// by junk and junk fields added. "Sloppy" drafts also make the mistakes people make: the visitor's country as the
// host, the end before the start, a meeting with nobody named, an agreement named twice or one that does not exist.
import fc from "fast-check";
import { VisitKind } from "@/lib/generated/prisma/enums";
import { junkValue, partialDate, type FormEntry, type KnownReferences } from "./arbitraries";

export const visitScalarFields = [
  "visitorName",
  "visitorTitleEn",
  "visitorTitleFr",
  "visitorCountryCode",
  "hostCountryCode",
  "city",
  "startOn",
  "endOn",
  "kind",
  "summaryEn",
  "summaryFr",
  "notes",
  "notesLanguage",
] as const;

export const visitRowFields = {
  meetings: ["counterpartName", "counterpartTitleEn", "counterpartTitleFr", "counterpartCountryCode", "summaryEn", "summaryFr"],
  agreements: ["slug"],
  sources: ["sourceId", "publisher", "title", "language", "publishedOn", "url", "excerpt"],
} as const;

type List = keyof typeof visitRowFields;
type Row<L extends List> = Record<(typeof visitRowFields)[L][number], string>;

export interface VisitDraft {
  scalars: Partial<Record<(typeof visitScalarFields)[number], string>>;
  meetings: Row<"meetings">[];
  agreements: Row<"agreements">[];
  sources: Row<"sources">[];
  /** Where each list's rows sit in the form: increasing, possibly with gaps ("meetings.7.counterpartName"). */
  rowIndexes: Record<List, readonly number[]>;
}

/** A draft as the form posts it. */
export function visitDraftEntries(draft: VisitDraft): FormEntry[] {
  const entries: FormEntry[] = Object.entries(draft.scalars).map(([name, value]) => [name, value ?? ""] as const);
  for (const list of Object.keys(visitRowFields) as List[]) {
    (draft[list] as Record<string, string>[]).forEach((row, position) => {
      const index = draft.rowIndexes[list][position] ?? position;
      for (const [field, value] of Object.entries(row)) entries.push([`${list}.${index}.${field}`, value]);
    });
  }
  return entries;
}

// Text a person could type, with spaces around now and then (the schema trims them).
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
const personName = fc.oneof(
  fc.constantFrom("Benny Gantz", "Abdellatif Loudiyi", "Yaël Ben-David", "محمد بن سلمان", "בני גנץ", "O'Brien", "Jean-Pierre Lefèvre"),
  typed(60),
);

const rowIndexes = (count: number) =>
  fc.oneof(
    fc.constant([...Array(count).keys()]),
    fc.uniqueArray(fc.nat(9999), { minLength: count, maxLength: count }).map((indexes) => indexes.sort((a, b) => a - b)),
  );

/** A visit form an editor could fill in; `sloppy` adds the mistakes the schema or the save must refuse. */
export function visitDraft(known: KnownReferences, { sloppy = false } = {}): fc.Arbitrary<VisitDraft> {
  const country = fc.constantFrom(...known.countries);
  const casing = (code: string) => fc.constantFrom(code, code.toLowerCase(), ` ${code} `);
  const mistake = fc.boolean().map((yes) => sloppy && yes);
  const meeting = fc
    .record({
      counterpartName: fc.option(personName, { nil: "" }),
      counterpartTitleEn: optionalTyped(100),
      counterpartTitleFr: optionalTyped(100),
      counterpartCountryCode: fc.option(country.chain(casing), { nil: "" }),
      summaryEn: optionalTyped(300),
      summaryFr: optionalTyped(300),
      nobody: mistake,
    })
    .map(({ nobody, ...row }) => {
      if (nobody)
        return { ...row, counterpartName: "", counterpartTitleEn: "", counterpartTitleFr: "", summaryEn: row.summaryEn || "Talks" };
      // Someone is named or titled, as the form asks.
      return row.counterpartName.trim() || row.counterpartTitleEn.trim() || row.counterpartTitleFr.trim()
        ? row
        : { ...row, counterpartTitleEn: "Chief of staff" };
    });
  const source = fc.record({
    sourceId: fc.constantFrom("", "", "", ...known.sourceIds.map(String)),
    publisher: typed(60),
    title: typed(100),
    language: fc.constantFrom("en", "fr", "ar", "HE"),
    publishedOn: fc.option(partialDate(), { nil: "" }),
    url: fc.option(fc.webUrl(), { nil: "" }),
    excerpt: optionalTyped(200),
  });
  return fc
    .record({
      visitorName: personName,
      visitorTitleEn: optionalTyped(100),
      visitorTitleFr: optionalTyped(100),
      countries: fc.uniqueArray(country, { minLength: 2, maxLength: 2 }),
      sameCountry: mistake,
      city: optionalTyped(60),
      dates: fc.array(partialDate(1900, 2030), { minLength: 2, maxLength: 2 }),
      datesInOrder: fc.oneof(
        fc.constant(true),
        mistake.map((yes) => !yes),
      ),
      dateMask: fc.tuple(fc.boolean(), fc.boolean()),
      kind: fc.constantFrom(...Object.values(VisitKind)),
      summaryEn: optionalTyped(300),
      summaryFr: optionalTyped(300),
      notes: optionalTyped(300),
      notesLanguage: fc.constantFrom("", "en", "FR", " ar "),
      meetings: fc.array(meeting, { maxLength: 4 }),
      agreements: sloppy
        ? fc.array(fc.constantFrom(...known.agreements, "no-such-agreement", ...known.visits), { maxLength: 4 })
        : fc.uniqueArray(fc.constantFrom(...known.agreements), { maxLength: 3 }),
      slugPadding: fc.constantFrom("", "", " "),
      // A source named twice is refused: valid drafts name each once. A new visit cites one at least.
      sources: fc
        .array(source, { minLength: sloppy ? 0 : 1, maxLength: 3 })
        .map((rows) =>
          sloppy
            ? rows
            : rows.map((row, i) => (rows.findIndex((other) => other.sourceId === row.sourceId) < i ? { ...row, sourceId: "" } : row)),
        ),
    })
    .chain((draft) =>
      fc
        .record({
          visitor: casing(draft.countries[0]!),
          host: casing(draft.sameCountry ? draft.countries[0]! : draft.countries[1]!),
          meetingIndexes: rowIndexes(draft.meetings.length),
          agreementIndexes: rowIndexes(draft.agreements.length),
          sourceIndexes: rowIndexes(draft.sources.length),
        })
        .map(({ visitor, host, meetingIndexes, agreementIndexes, sourceIndexes }): VisitDraft => {
          const ordered = draft.datesInOrder ? [...draft.dates].sort() : [...draft.dates].sort().reverse();
          const [startOn, endOn] = ordered.map((date, index) => (draft.dateMask[index] ? date : ""));
          return {
            scalars: {
              visitorName: draft.visitorName,
              visitorTitleEn: draft.visitorTitleEn,
              visitorTitleFr: draft.visitorTitleFr,
              visitorCountryCode: visitor,
              hostCountryCode: host,
              city: draft.city,
              startOn,
              endOn,
              kind: draft.kind,
              summaryEn: draft.summaryEn,
              summaryFr: draft.summaryFr,
              notes: draft.notes,
              notesLanguage: draft.notesLanguage,
            },
            meetings: draft.meetings,
            agreements: draft.agreements.map((slug) => ({ slug: `${draft.slugPadding}${slug}` })),
            sources: draft.sources,
            rowIndexes: { meetings: meetingIndexes, agreements: agreementIndexes, sources: sourceIndexes },
          };
        }),
    );
}

/** Names the visit form uses, near misses, and names it never uses. */
export function visitJunkFieldName(): fc.Arbitrary<string> {
  const rowIndex = fc.oneof(
    { weight: 4, arbitrary: fc.nat(12).map(String) },
    { weight: 1, arbitrary: fc.nat(9999).map(String) },
    { weight: 1, arbitrary: fc.constantFrom("10000", "-1", "01", "x", "", "1.5", "٣") },
  );
  const row = fc
    .constantFrom(...(Object.keys(visitRowFields) as List[]))
    .chain((list) =>
      fc.tuple(fc.constant(list), rowIndex, fc.constantFrom<string>(...visitRowFields[list], "__proto__", "id", "constructor")),
    )
    .map(([list, index, field]) => `${list}.${index}.${field}`);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...visitScalarFields) },
    { weight: 6, arbitrary: row },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "slug",
        "version",
        "visitor",
        "$ACTION_ID_0",
        "__proto__",
        "constructor",
        "meetings",
        "agreements",
        "sources.0",
        "parties",
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
    fc.tuple(visitJunkFieldName(), value).map((add) => ({ add })),
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

/** A sloppy draft, a valid one, or nothing at all, with up to a dozen entries dropped, replaced by junk or added. */
export function malformedVisitPayload(known: KnownReferences): fc.Arbitrary<FormEntry[]> {
  const base = fc.oneof(
    { weight: 2, arbitrary: visitDraft(known, { sloppy: true }).map(visitDraftEntries) },
    { weight: 2, arbitrary: visitDraft(known).map(visitDraftEntries) },
    { weight: 1, arbitrary: fc.constant<FormEntry[]>([]) },
  );
  return mutated(known, base, 1, 12);
}

/** A valid draft, one time in four with one or two entries dropped, replaced by junk or added. */
export function mostlyValidVisitPayload(known: KnownReferences): fc.Arbitrary<FormEntry[]> {
  const draft = visitDraft(known).map(visitDraftEntries);
  return fc.oneof({ weight: 3, arbitrary: draft }, { weight: 1, arbitrary: mutated(known, draft, 1, 2) });
}
