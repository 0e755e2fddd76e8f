// The agreement form: one zod schema, used by the browser for early feedback and by the server actions always.
// Messages are keys of the "forms" message namespace; paths name the fields ("signatories.1.countryCode").
import { z } from "@/lib/zod";
import { AgreementForm, AgreementLinkKind, AgreementStatus, DisclosureLevel, LegalNature } from "@/lib/generated/prisma/enums";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { errorsInFormRows, readAll, readRows, readText, type RowIndexes } from "@/lib/forms/form-data";
import type { FieldErrors } from "@/lib/forms/form-state";

export const latestYear = () => new Date().getUTCFullYear() + 10;
export const earliestYear = 1800;

const text = (max: number) => z.string().trim().max(max, "tooLong");
export const requiredText = (max: number) => z.string("required").trim().min(1, "required").max(max, "tooLong");
// Optional fields take "" (an empty input), null (a stored snapshot) or nothing, and come out as null.
export const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((value) => value || null);
const optionalEnum = <T extends Record<string, string>>(values: T) =>
  z
    .union([z.literal(""), z.enum(values, "invalidChoice")], "invalidChoice")
    .nullish()
    .transform((value) => (value ? (value as T[keyof T]) : null));

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "invalidCountry");

export const optionalDate = z
  .string()
  .trim()
  .nullish()
  .transform((value) => value || null)
  .refine((value) => value === null || parsePartialDate(value) !== null, "invalidDate")
  .refine((value) => {
    const year = value ? parsePartialDate(value)?.year : undefined;
    return year === undefined || (year >= earliestYear && year <= latestYear());
  }, "dateOutOfRange");

/** The first and last day a partial date may mean: "2021" spans 2021-01-01 to 2021-12-31. */
function bounds(value: string): [string, string] {
  const date = parsePartialDate(value)!;
  const month = String(date.month ?? 1).padStart(2, "0");
  const start = `${date.year}-${month}-${String(date.day ?? 1).padStart(2, "0")}`;
  if (date.precision === "day") return [start, start];
  const lastMonth = date.month ?? 12;
  const lastDay = new Date(Date.UTC(date.year, lastMonth, 0)).getUTCDate();
  return [start, `${date.year}-${String(lastMonth).padStart(2, "0")}-${lastDay}`];
}

/** True when `later` is certainly before `earlier` (partial dates overlapping each other are allowed). */
export function certainlyBefore(later: string | null, earlier: string | null): boolean {
  if (!later || !earlier || !parsePartialDate(later) || !parsePartialDate(earlier)) return false;
  return bounds(later)[1] < bounds(earlier)[0];
}

const httpUrl = z
  .string()
  .trim()
  .max(2000, "tooLong")
  .nullish()
  .transform((value) => value || null)
  .refine((value) => {
    if (value === null) return true;
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname;
    } catch {
      return false;
    }
  }, "invalidUrl");

export const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, "invalidLanguage");

/** A language that may be left unsaid: "" or nothing comes out as null. */
export const optionalLanguage = z
  .string()
  .trim()
  .nullish()
  .transform((value) => value || null)
  .pipe(languageCode.nullable());

const signatory = z.object({
  personName: requiredText(200),
  titleEn: optionalText(300),
  titleFr: optionalText(300),
  countryCode: z.string().trim().min(1, "required").pipe(countryCode),
});

const domain = z.object({ slug: z.string().trim().min(1, "invalidChoice").max(100, "invalidChoice"), evidence: optionalText(2000) });

const link = z.object({
  kind: z.enum(AgreementLinkKind, "invalidChoice"),
  target: z.string().trim().min(1, "required").max(200, "tooLong"),
  /** Why the two are linked, in the language of the agreement's notes. */
  note: optionalText(1000),
});

/** A source row, the same in every form that cites sources. */
export const sourceRow = z.object({
  sourceId: z
    .union([z.string().trim().regex(/^\d*$/, "invalidChoice"), z.number()], "invalidChoice")
    .nullish()
    .transform((value) => (value === "" || value === null || value === undefined ? null : Number(value)))
    .refine((value) => value === null || (Number.isSafeInteger(value) && value > 0), "invalidChoice"),
  publisher: requiredText(300),
  title: requiredText(500),
  language: z.string().trim().min(1, "required").pipe(languageCode),
  publishedOn: optionalDate,
  url: httpUrl,
  excerpt: optionalText(20_000),
});

/** A form's source rows. The same source twice would be saved once, with the last row's fields: it is refused. */
export const sourceRows = z
  .array(sourceRow)
  .max(50, "tooMany")
  .superRefine((rows, context) => {
    const seen = new Set<number>();
    rows.forEach((row, index) => {
      if (row.sourceId !== null && seen.has(row.sourceId))
        context.addIssue({ code: "custom", path: [index, "sourceId"], message: "invalidChoice" });
      if (row.sourceId !== null) seen.add(row.sourceId);
    });
  });

export const agreementInput = z
  .object({
    title: requiredText(500),
    titleLanguage: z.string("required").trim().min(1, "required").pipe(languageCode),
    titleEn: optionalText(500),
    titleFr: optionalText(500),
    titleAr: optionalText(500),
    shortName: optionalText(120),
    form: z.enum(AgreementForm, "required"),
    legalNature: optionalEnum(LegalNature),
    status: z.enum(AgreementStatus, "required"),
    disclosure: optionalEnum(DisclosureLevel),
    signedOn: optionalDate,
    entryIntoForceOn: optionalDate,
    endedOn: optionalDate,
    placeCity: optionalText(120),
    placeCountryCode: z
      .string()
      .trim()
      .nullish()
      .transform((value) => value || null)
      .pipe(countryCode.nullable()),
    parties: z.array(countryCode).max(60, "tooMany"),
    signatories: z.array(signatory).max(60, "tooMany"),
    domains: z.array(domain).max(50, "tooMany"),
    signedDuringVisit: optionalText(200),
    links: z.array(link).max(50, "tooMany"),
    sources: sourceRows,
    summaryEn: optionalText(10_000),
    summaryFr: optionalText(10_000),
    notes: optionalText(10_000),
    /** The language of the notes and of the links' notes. Optional: revisions from before it was asked lack it. */
    notesLanguage: optionalLanguage,
  })
  // Rules across fields. They run even when other fields have errors, so every problem shows at once; the
  // values may then be partly invalid, hence the care taken reading them.
  .superRefine(
    (value, context) => {
      const list = <T>(items: unknown): T[] => (Array.isArray(items) ? (items as T[]) : []);
      const parties = list<string>(value.parties);
      const distinct = new Set(parties);
      if (distinct.size < 2) {
        context.addIssue({ code: "custom", path: ["parties"], message: parties.length >= 2 ? "partiesDistinct" : "partiesTooFew" });
      }
      const people = new Set<string>();
      list<{ personName?: unknown; countryCode?: unknown }>(value.signatories).forEach((row, index) => {
        if (
          typeof row?.countryCode === "string" &&
          row.countryCode &&
          distinct.size > 0 &&
          !distinct.has(row.countryCode.trim().toUpperCase())
        ) {
          context.addIssue({ code: "custom", path: ["signatories", index, "countryCode"], message: "signatoryNotParty" });
        }
        const name = typeof row?.personName === "string" ? row.personName.trim().toLowerCase() : "";
        if (name && people.has(name))
          context.addIssue({ code: "custom", path: ["signatories", index, "personName"], message: "signatoryRepeated" });
        people.add(name);
      });
      const date = (field: unknown) => (typeof field === "string" && field.trim() ? field.trim() : null);
      if (certainlyBefore(date(value.entryIntoForceOn), date(value.signedOn))) {
        context.addIssue({ code: "custom", path: ["entryIntoForceOn"], message: "entryBeforeSignature" });
      }
      if (certainlyBefore(date(value.endedOn), date(value.entryIntoForceOn) ?? date(value.signedOn))) {
        context.addIssue({ code: "custom", path: ["endedOn"], message: "endBeforeStart" });
      }
      const domains = new Set<string>();
      list<{ slug?: unknown }>(value.domains).forEach((row, index) => {
        const slug = typeof row?.slug === "string" ? row.slug : "";
        if (domains.has(slug)) context.addIssue({ code: "custom", path: ["domains", index, "slug"], message: "invalidChoice" });
        domains.add(slug);
      });
    },
    { when: () => true },
  );

export type AgreementInput = z.infer<typeof agreementInput>;

export const agreementScalarFields = [
  "title",
  "titleLanguage",
  "titleEn",
  "titleFr",
  "titleAr",
  "shortName",
  "form",
  "legalNature",
  "status",
  "disclosure",
  "signedOn",
  "entryIntoForceOn",
  "endedOn",
  "placeCity",
  "placeCountryCode",
  "signedDuringVisit",
  "summaryEn",
  "summaryFr",
  "notes",
  "notesLanguage",
] as const;

/**
 * The agreement form's FormData as the schema reads it. Domains are checkboxes named "domains", each with its
 * evidence in "evidence.<slug>". `indexes` receives where each row came from (see errorsInFormRows).
 */
export function readAgreementForm(formData: FormData, indexes: RowIndexes = {}) {
  const scalars = Object.fromEntries(
    agreementScalarFields.map((name) => [name, readText(formData, name)]).filter(([, value]) => value !== undefined),
  );
  return {
    ...scalars,
    parties: readAll(formData, "parties"),
    signatories: readRows(formData, "signatories", ["personName", "titleEn", "titleFr", "countryCode"], indexes),
    domains: readAll(formData, "domains").map((slug) => ({ slug, evidence: readText(formData, `evidence.${slug}`) ?? "" })),
    links: readRows(formData, "links", ["kind", "target", "note"], indexes),
    // The hidden id alone does not make a row: a source row the user emptied is removed.
    sources: readRows(formData, "sources", ["sourceId", "publisher", "title", "language", "publishedOn", "url", "excerpt"], indexes, [
      "sourceId",
    ]),
  };
}

/**
 * Reads the form for the schema, and renames errors after the fields they came from: rows by their place in the
 * form, a domain's evidence by its domain ("evidence.training").
 */
export function readAgreementFormWithErrors(formData: FormData) {
  const indexes: RowIndexes = {};
  const data = readAgreementForm(formData, indexes);
  const remap = (errors: FieldErrors): FieldErrors =>
    Object.fromEntries(
      Object.entries(errorsInFormRows(errors, indexes)).map(([path, messages]) => {
        // The parties are checkboxes of one name: an error about one of them ("parties.2") is shown on them all.
        if (/^parties\.\d+$/.test(path)) return ["parties", messages];
        const match = /^domains\.(\d+)\.(evidence|slug)$/.exec(path);
        const slug = match ? data.domains[Number(match[1])]?.slug : undefined;
        return [match ? (match[2] === "evidence" && slug ? `evidence.${slug}` : "domains") : path, messages];
      }),
    );
  return { data, remap };
}
