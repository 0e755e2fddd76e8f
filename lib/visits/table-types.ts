// What the visits table receives from the server: rows already in the reader's language, the total and the
// states for the country filters. Plain data, so it crosses from server to client components.
import type { VisitKind } from "@/lib/generated/prisma/enums";
import type { LocalizedText } from "@/lib/i18n/localize";
import type { VisitSearch } from "./search-params";

/** The table's columns; where a sort field of the URL contract exists, the column has its name. */
export const visitColumnIds = ["official", "visitor", "host", "startOn", "city", "kind", "agreements"] as const;
export type VisitColumnId = (typeof visitColumnIds)[number];

export interface VisitRow {
  id: number;
  slug: string;
  official: string;
  /** The official's title on the date of the visit, in the reader's language where recorded. */
  officialTitle: LocalizedText | null;
  visitor: { code: string; name: string };
  host: { code: string; name: string };
  /** ISO start date of reduced precision, and the dates' label in the reader's language. */
  startOn: string | null;
  datesLabel: string | null;
  city: string | null;
  kind: VisitKind;
  agreementCount: number;
}

export interface VisitTableData {
  search: VisitSearch;
  rows: VisitRow[];
  total: number;
  pageCount: number;
  /** Every state, for the visitor and host filters, in the reader's language. */
  /** Every state in the reader's language, with the words that find it (its code, its names in every language). */
  countries: { code: string; name: string; keywords: string }[];
}
