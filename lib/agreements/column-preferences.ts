// Which columns of the agreements table the reader has hidden. The browser writes the cookie when the
// reader toggles a column; the server page reads it, so the first render already has the right columns.
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
const hideable = new Set<string>(agreementColumnIds.filter((id) => id !== "title"));

/** The hidden column ids in a cookie value; unknown ids are dropped. */
export function parseHiddenColumns(value: string | undefined): AgreementColumnId[] {
  if (!value) return [];
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return [];
  }
  const ids = decoded.split(",").filter((id) => hideable.has(id));
  return [...new Set(ids)] as AgreementColumnId[];
}

/** A `document.cookie` assignment that remembers the hidden columns for a year. */
export function hiddenColumnsCookie(hidden: string[]): string {
  const value = encodeURIComponent(hidden.filter((id) => hideable.has(id)).join(","));
  return `${agreementColumnsCookie}=${value}; path=/; max-age=31536000; samesite=lax`;
}
