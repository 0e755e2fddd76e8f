// What the agreements table receives from the server: rows already in the reader's language, the total,
// and the counts behind each filter option. Plain data, so it crosses from server to client components.
import type { AgreementForm, AgreementStatus } from "@/lib/generated/prisma/enums";
import type { AgreementSearch } from "./search-params";

/** The table's columns; where a sort field of the URL contract exists, the column has its name. */
export const agreementColumnIds = ["title", "form", "parties", "signedOn", "place", "status", "domains", "visit"] as const;
export type AgreementColumnId = (typeof agreementColumnIds)[number];

export interface AgreementRow {
  id: number;
  slug: string;
  title: string;
  /** BCP 47 language of `title`, for the `lang` attribute. */
  titleLang: string;
  shortName: string | null;
  form: AgreementForm;
  status: AgreementStatus;
  /** ISO date of reduced precision ("2020-12"), and its label in the reader's language. */
  signedOn: string | null;
  signedOnLabel: string | null;
  place: string | null;
  parties: { code: string; name: string }[];
  domains: { slug: string; name: string }[];
  visit: { slug: string; label: string } | null;
}

export interface FacetOption {
  value: string;
  label: string;
  /** Matching agreements if this option were chosen, under the other active filters. */
  count: number;
}

export interface AgreementTableData {
  search: AgreementSearch;
  rows: AgreementRow[];
  total: number;
  pageCount: number;
  facets: {
    domain: FacetOption[];
  };
  /** Every state, for the party filter: its name in the reader's language, its agreements in the search, and the
   * words that find it (its code and its names in every language). */
  countries: { code: string; name: string; count: number; keywords: string }[];
  /** How many agreements the year range leaves out for want of a known date (0 without a range, or when kept). */
  undatedLeftOut: number;
}
