// Where a quoted sentence names a cooperation domain. Evidence is a sentence of a source, often shared by several
// domains ("… covering exchanges of experience, technology transfer, training and the defence industry"); a reader
// sees it once, with the words that name each domain marked. Those words are found, not stored: the shortest run of
// the sentence's words that begins like the most of the domain's significant words (accents and case aside), so
// "Transfert de technologie" finds "transfert technologique" and "Formation" finds "formations".

/** Words too common to tell a domain: articles, prepositions, conjunctions. */
const commonWords = new Set(["dans", "pour", "avec", "from", "with", "entre", "des", "les", "and", "the", "for"]);
const stemLength = 5;
/** A run longer than this is no longer a phrase that names something. */
const longestRun = 6;

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    text: fold(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function stemsOf(name: string): string[] {
  const stems = wordsOf(name)
    .map((word) => word.text)
    .filter((word) => word.length >= 4 && !commonWords.has(word))
    .map((word) => word.slice(0, stemLength));
  return stems;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * The characters of `quote` that name a domain called `names` (its names in every language, the quote's own
 * first), or null when no word of the quote begins like one of the name's. At least half of a name's significant
 * words must be found, so "Protection des informations classifiées" finds "protection des informations".
 */
export function namingPhrase(quote: string, names: string[]): Span | null {
  const words = wordsOf(quote);
  let best: { covered: number; length: number; span: Span } | null = null;
  for (const name of names) {
    // One stem per significant word of the name, repeats kept: "expériences et expertise" has two words to find.
    const stems = stemsOf(name);
    if (stems.length === 0) continue;
    const needed = Math.max(1, Math.ceil(stems.length / 2));
    for (let first = 0; first < words.length; first++) {
      const unmatched = [...stems];
      let covered = 0;
      for (let last = first; last < words.length && last - first < longestRun; last++) {
        const index = unmatched.findIndex((stem) => words[last]!.text.startsWith(stem));
        // A run starts on a word that names, and ends on one: no loose words at either end.
        if (index < 0) {
          if (covered === 0) break;
          continue;
        }
        unmatched.splice(index, 1);
        covered++;
        const length = last - first + 1;
        if (covered >= needed && (!best || covered > best.covered || (covered === best.covered && length < best.length))) {
          best = { covered, length, span: { start: words[first]!.start, end: words[last]!.end } };
        }
      }
    }
  }
  return best?.span ?? null;
}

/** A quote cut where domains are named: plain text, then each named stretch with the domains it names. */
export function markNamingPhrases<Key>(quote: string, domains: { key: Key; names: string[] }[]) {
  const marks = domains
    .map((domain) => ({ key: domain.key, span: namingPhrase(quote, domain.names) }))
    .filter((mark): mark is { key: Key; span: Span } => mark.span !== null)
    .sort((a, b) => a.span.start - b.span.start);
  const pieces: { text: string; keys: Key[] }[] = [];
  let at = 0;
  for (const mark of marks) {
    // Two domains may name the same or overlapping words: the later joins the earlier's stretch.
    const previous = pieces.at(-1);
    if (mark.span.start < at && previous && previous.keys.length > 0) {
      if (mark.span.end > at) {
        previous.text += quote.slice(at, mark.span.end);
        at = mark.span.end;
      }
      previous.keys.push(mark.key);
      continue;
    }
    if (mark.span.start > at) pieces.push({ text: quote.slice(at, mark.span.start), keys: [] });
    pieces.push({ text: quote.slice(mark.span.start, mark.span.end), keys: [mark.key] });
    at = mark.span.end;
  }
  if (at < quote.length) pieces.push({ text: quote.slice(at), keys: [] });
  return pieces;
}
