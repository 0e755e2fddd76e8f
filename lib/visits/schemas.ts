// The visit form: one zod schema, used by the browser for early feedback and by the server actions always.
// Messages are keys of the "forms" message namespace; paths name the fields ("meetings.0.counterpartName").
import { z } from "@/lib/zod";
import { VisitKind } from "@/lib/generated/prisma/enums";
import {
  certainlyBefore,
  countryCode,
  optionalDate,
  optionalLanguage,
  optionalText,
  requiredText,
  sourceRows,
} from "@/lib/agreements/schemas";
import { errorsInFormRows, readRows, readText, type RowIndexes } from "@/lib/forms/form-data";
import type { FieldErrors } from "@/lib/forms/form-state";

const requiredCountry = z.string("required").trim().min(1, "required").pipe(countryCode);
const optionalCountry = z
  .string()
  .trim()
  .nullish()
  .transform((value) => value || null)
  .pipe(countryCode.nullable());

const meeting = z.object({
  counterpartName: optionalText(200),
  counterpartTitleEn: optionalText(300),
  counterpartTitleFr: optionalText(300),
  counterpartCountryCode: optionalCountry,
  summaryEn: optionalText(5000),
  summaryFr: optionalText(5000),
});

export const visitInput = z
  .object({
    visitorName: requiredText(200),
    visitorTitleEn: optionalText(300),
    visitorTitleFr: optionalText(300),
    visitorCountryCode: requiredCountry,
    hostCountryCode: requiredCountry,
    city: optionalText(120),
    startOn: optionalDate,
    endOn: optionalDate,
    kind: z.enum(VisitKind, "required"),
    meetings: z.array(meeting).max(60, "tooMany"),
    agreements: z.array(z.object({ slug: z.string().trim().min(1, "required").max(200, "tooLong") })).max(60, "tooMany"),
    sources: sourceRows,
    summaryEn: optionalText(10_000),
    summaryFr: optionalText(10_000),
    notes: optionalText(10_000),
    /** Optional, as on agreements: revisions from before it was asked lack it. */
    notesLanguage: optionalLanguage,
  })
  .superRefine(
    (value, context) => {
      const text = (field: unknown) => (typeof field === "string" && field.trim() ? field.trim() : null);
      const visitor = text(value.visitorCountryCode)?.toUpperCase();
      if (visitor && visitor === text(value.hostCountryCode)?.toUpperCase()) {
        context.addIssue({ code: "custom", path: ["hostCountryCode"], message: "hostIsVisitor" });
      }
      if (certainlyBefore(text(value.endOn), text(value.startOn)))
        context.addIssue({ code: "custom", path: ["endOn"], message: "visitEndBeforeStart" });
      (Array.isArray(value.meetings) ? value.meetings : []).forEach((row, index) => {
        if (!text(row?.counterpartName) && !text(row?.counterpartTitleEn) && !text(row?.counterpartTitleFr)) {
          context.addIssue({ code: "custom", path: ["meetings", index, "counterpartName"], message: "meetingNeedsCounterpart" });
        }
      });
      const slugs = (Array.isArray(value.agreements) ? value.agreements : []).map((row) => text(row?.slug));
      slugs.forEach((slug, index) => {
        if (slug && slugs.indexOf(slug) !== index)
          context.addIssue({ code: "custom", path: ["agreements", index, "slug"], message: "linkRepeated" });
      });
    },
    { when: () => true },
  );

export type VisitInput = z.infer<typeof visitInput>;

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

/** The visit form's FormData as the schema reads it, and errors renamed after the rows they came from. */
export function readVisitFormWithErrors(formData: FormData) {
  const indexes: RowIndexes = {};
  const data = {
    ...Object.fromEntries(visitScalarFields.map((name) => [name, readText(formData, name)]).filter(([, value]) => value !== undefined)),
    meetings: readRows(
      formData,
      "meetings",
      ["counterpartName", "counterpartTitleEn", "counterpartTitleFr", "counterpartCountryCode", "summaryEn", "summaryFr"],
      indexes,
    ),
    agreements: readRows(formData, "agreements", ["slug"], indexes),
    sources: readRows(formData, "sources", ["sourceId", "publisher", "title", "language", "publishedOn", "url", "excerpt"], indexes, [
      "sourceId",
    ]),
  };
  return { data, remap: (errors: FieldErrors) => errorsInFormRows(errors, indexes) };
}
