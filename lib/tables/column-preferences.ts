// Which columns of a table the reader has hidden. The Columns panel of a table sends the shown ones to
// setShownColumns (lib/tables/actions.ts), which keeps the hidden ones in a cookie; the server page reads it, so
// every render already has the reader's columns. Each table's lib/<domain>/column-preferences.ts exports its own
// `columnPreferences`, made here.

export interface ColumnPreferences<Id extends string> {
  cookie: string;
  /** The columns a reader may hide: every one but the column that names the row. */
  hideable: readonly Id[];
  /** The hidden column ids in a cookie value; unknown ids, and the column that names the row, are dropped. */
  parse: (value: string | undefined) => Id[];
  /** The cookie value for these hidden columns. */
  serialize: (hidden: readonly string[]) => string;
}

/** The preferences of a table with these columns; `alwaysShown` identifies the row and stays whatever the cookie says. */
export function defineColumnPreferences<Id extends string>(cookie: string, ids: readonly Id[], alwaysShown: Id): ColumnPreferences<Id> {
  const hideable = ids.filter((id) => id !== alwaysShown);
  const hideableSet = new Set<string>(hideable);
  return {
    cookie,
    hideable,
    parse(value) {
      if (!value) return [];
      let decoded = value;
      try {
        decoded = decodeURIComponent(value);
      } catch {
        return [];
      }
      const hidden = decoded.split(",").filter((id) => hideableSet.has(id));
      return [...new Set(hidden)] as Id[];
    },
    serialize(hidden) {
      return hidden.filter((id) => hideableSet.has(id)).join(",");
    },
  };
}
