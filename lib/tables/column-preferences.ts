// Which columns of a table the reader has hidden. The browser writes the cookie when the reader toggles a
// column; the server page reads it, so the first render already has the right columns. Each table's
// lib/<domain>/column-preferences.ts exports its own `columnPreferences`, made here.

export interface ColumnPreferences<Id extends string> {
  cookie: string;
  /** The hidden column ids in a cookie value; unknown ids, and the column that names the row, are dropped. */
  parse: (value: string | undefined) => Id[];
  /** A `document.cookie` assignment that remembers the hidden columns for a year. */
  toCookie: (hidden: string[]) => string;
}

/** The preferences of a table with these columns; `alwaysShown` identifies the row and stays whatever the cookie says. */
export function defineColumnPreferences<Id extends string>(cookie: string, ids: readonly Id[], alwaysShown: Id): ColumnPreferences<Id> {
  const hideable = new Set<string>(ids.filter((id) => id !== alwaysShown));
  return {
    cookie,
    parse(value) {
      if (!value) return [];
      let decoded = value;
      try {
        decoded = decodeURIComponent(value);
      } catch {
        return [];
      }
      const hidden = decoded.split(",").filter((id) => hideable.has(id));
      return [...new Set(hidden)] as Id[];
    },
    toCookie(hidden) {
      const value = encodeURIComponent(hidden.filter((id) => hideable.has(id)).join(","));
      return `${cookie}=${value}; path=/; max-age=31536000; samesite=lax`;
    },
  };
}
