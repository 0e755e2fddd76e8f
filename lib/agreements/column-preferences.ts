// Which columns of the agreements table the reader has hidden (see lib/tables/column-preferences.ts).
import { columnPreferences } from "@/lib/tables/column-preferences";

export const agreementColumnIds = [
  "title",
  "form",
  "parties",
  "signedOn",
  "place",
  "status",
  "domains",
  "visit",
] as const;
export type AgreementColumnId = (typeof agreementColumnIds)[number];

export const agreementColumnsCookie = "accords-agreements-columns";

// The title identifies the row: it stays whatever the cookie says.
const preferences = columnPreferences(agreementColumnsCookie, agreementColumnIds, "title");

export const parseHiddenColumns = preferences.parse;
export const hiddenColumnsCookie = preferences.toCookie;
