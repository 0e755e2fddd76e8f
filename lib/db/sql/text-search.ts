// Text search for both tables: every word of the query, normalised as the stored search text is
// (lib/search/normalize.ts), must be a substring of `searchText`. Both engines follow that one rule, so they
// find the same rows; the SQL below never widens or narrows it.
//
// SQLite: words of 3 characters or more go through the FTS5 trigram index of searchText (AgreementFts,
// VisitFts; see the search_inside_words migration): a quoted word is a phrase of its trigrams, which FTS5
// checks position by position, so a match is exactly a substring. Shorter words have no trigram: `instr`
// checks them on the rows the longer words found, or, when the query has only short words, on the rows as the
// sort order walks them. Measured at 250,000 agreements: the index lookup of `securite` (56,080 rows) takes
// ~19 ms (the word index's prefix lookup took ~4 ms for its 17,677); `instr` over every row's text ~180 ms.
//
// PostgreSQL: `lower("searchText") LIKE '%word%'` for every word, which the pg_trgm GIN index on that expression
// serves (an expression, not the column, so that Prisma's migrations leave the index alone; the text is already
// lower-cased, so the results are the same; see the PostgreSQL init migration); a word shorter than a trigram gives that index nothing to look up, so it
// is checked on the rows found otherwise.
import { searchTerms } from "@/lib/search/normalize";
import type { DatabaseProvider } from "../url";
import { allOf, type SqlFragment } from "./fragments";

/** The shortest word the trigram index can find: one trigram. */
const trigram = 3;

interface TextQuery {
  /** The FTS5 query for the words the index can find: each quoted (a phrase of its trigrams), all required. */
  match: string | null;
  /** The words too short for the index, found with instr. */
  short: string[];
}

/** The query's words split by how SQLite finds them, or null when it has none. */
export function textQuery(q: string): TextQuery | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  // Code points, as the trigram tokenizer counts them.
  const long = terms.filter((term) => [...term].length >= trigram);
  // Terms are normalised to letters, digits and spaces, so quoting them keeps FTS5 syntax out of the query.
  return {
    match: long.length > 0 ? long.map((term) => `"${term}"`).join(" ") : null,
    short: terms.filter((term) => [...term].length < trigram),
  };
}

/**
 * A LIKE pattern that holds `word` anywhere. Normalised words are letters and digits only, so this escapes
 * nothing today; it is here so that a wider normaliser could never turn a word into a wildcard. Backslash is
 * PostgreSQL's default LIKE escape.
 */
function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The condition that `alias."searchText"` holds every word of `q`, or null when `q` has no word. `index` is
 * SQLite's FTS5 table over that column, whose rowid is the row's id.
 */
export function textCondition(
  q: string,
  index: "AgreementFts" | "VisitFts",
  alias: string,
  provider: DatabaseProvider,
): SqlFragment | null {
  if (provider === "postgresql") {
    const terms = searchTerms(q);
    if (terms.length === 0) return null;
    return allOf(terms.map((term) => ({ sql: `lower(${alias}."searchText") LIKE ?`, params: [containsPattern(term)] })));
  }
  const query = textQuery(q);
  if (!query) return null;
  const conditions: SqlFragment[] = [];
  if (query.match) {
    conditions.push({ sql: `${alias}."id" IN (SELECT rowid FROM "${index}" WHERE "${index}" MATCH ?)`, params: [query.match] });
  }
  for (const word of query.short) conditions.push({ sql: `instr(${alias}."searchText", ?) > 0`, params: [word] });
  return allOf(conditions);
}
