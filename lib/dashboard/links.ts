// Where each part of the dashboard leads: the agreements table filtered to a bar (through the table's own URL
// contract), and the page of a pair of states.
import { maxYear, minYear, serializeAgreementSearch, type AgreementSearch } from "@/lib/agreements/search-params";

function agreementsHref(search: Partial<AgreementSearch>): string {
  return `/agreements?${serializeAgreementSearch(search)}`;
}

export const domainHref = (slug: string) => agreementsHref({ domain: [slug] });

/** Null for a year the table's filter cannot express. */
export const yearHref = (year: number) =>
  year >= minYear && year <= maxYear ? agreementsHref({ from: year, to: year }) : null;

export const partyHref = (code: string) => agreementsHref({ party: [code] });

/** The pair page's one address: both codes in lower case, in alphabetical order. */
export function pairHref(first: string, second: string): string {
  return `/pairs/${[first.toLowerCase(), second.toLowerCase()].sort().join("-")}`;
}
