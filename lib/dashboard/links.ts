// Where each part of the dashboard leads: the agreements table filtered to a bar (through the table's own URL
// contract), and the page of a pair of states.
import { agreementsHref } from "@/lib/agreements/search-href";
import { maxYear, minYear } from "@/lib/agreements/search-params";

export { pairPath as pairHref } from "@/lib/pairs/pair-address";

export const domainHref = (slug: string) => agreementsHref({ domain: [slug] });

/** Null for a year the table's filter cannot express. */
export const yearHref = (year: number) => (year >= minYear && year <= maxYear ? agreementsHref({ from: year, to: year }) : null);

export const partyHref = (code: string) => agreementsHref({ party: [code] });
