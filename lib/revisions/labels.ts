// What a change names by code or address (states, domains, agreements, visits), with the names people read. The
// reader module looks them up for a history or a conflict; the change list, drawn on the server or in a form,
// shows each in the reader's language. Names in every language travel, so the same labels serve any reader.
import type { FieldChange } from "@/lib/agreements/snapshot";

export interface Named {
  nameEn: string;
  nameFr: string;
  nameAr: string | null;
}

export interface ChangeLabels {
  countries: Record<string, Named>;
  domains: Record<string, Named>;
  agreements: Record<
    string,
    { title: string; titleLanguage: string; titleEn: string | null; titleFr: string | null; titleAr: string | null }
  >;
  visits: Record<string, { visitorName: string; host: Named; startOn: string | null; endOn: string | null }>;
}

export const noLabels: ChangeLabels = { countries: {}, domains: {}, agreements: {}, visits: {} };

/** The fields whose values are a state's code. */
export const countryFields = new Set(["placeCountryCode", "visitorCountryCode", "hostCountryCode"]);

type Row = Record<string, unknown>;
const rows = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((item): item is Row => typeof item === "object" && item !== null) : [];
const text = (value: unknown) => (typeof value === "string" && value ? [value] : []);

/** Every code and address the changes name, by kind. */
export function referencesOf(changes: FieldChange[]) {
  const found = { countries: new Set<string>(), domains: new Set<string>(), agreements: new Set<string>(), visits: new Set<string>() };
  for (const { field, before, after } of changes) {
    for (const value of [before, after]) {
      if (countryFields.has(field)) for (const code of text(value)) found.countries.add(code);
      if (field === "parties" && Array.isArray(value)) for (const code of value.flatMap(text)) found.countries.add(code);
      if (field === "signatories") for (const row of rows(value)) for (const code of text(row.countryCode)) found.countries.add(code);
      if (field === "meetings")
        for (const row of rows(value)) for (const code of text(row.counterpartCountryCode)) found.countries.add(code);
      if (field === "domains") for (const row of rows(value)) for (const slug of text(row.slug)) found.domains.add(slug);
      if (field === "links") for (const row of rows(value)) for (const slug of text(row.target)) found.agreements.add(slug);
      if (field === "agreements") for (const row of rows(value)) for (const slug of text(row.slug)) found.agreements.add(slug);
      if (field === "signedDuringVisit") for (const slug of text(value)) found.visits.add(slug);
    }
  }
  return found;
}
