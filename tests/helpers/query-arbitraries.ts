// fast-check arbitraries for table addresses: known parameters with any value, mixed with parameters of any name,
// the names that reach into an object's prototype among them. And the object Next.js makes of such a query.
import fc from "fast-check";

export type QueryEntry = readonly [name: string, value: string];

/**
 * The `searchParams` object Next.js 16 hands to a page, built the way it builds it (`searchParamsToUrlQuery`):
 * a plain object filled with `query[name]`, so "__proto__" replaces its prototype (with an array, whose `sort`
 * then shows through) and "constructor" or "toString" come back as [inherited function, value].
 */
export function nextSearchParams(entries: readonly QueryEntry[]): Record<string, string | string[] | undefined> {
  const query: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    const existing = query[name];
    if (typeof existing === "undefined") query[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[name] = [existing, value];
  }
  return query as Record<string, string | string[] | undefined>;
}

const prototypeNames = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "__defineGetter__",
  "then",
  "length",
  "map",
  "at",
  "entries",
  "keys",
  "values",
  "join",
];

/** A parameter name the contract does not know: one that reaches into a prototype, or any text. */
export function unknownName(known: readonly string[]): fc.Arbitrary<string> {
  return fc
    .oneof(fc.constantFrom(...prototypeNames), fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 6 }))
    .filter((name) => !known.includes(name));
}

/** Any value a parameter may carry: plausible ones of the contract, and any text. */
function value(plausible: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...plausible), fc.string({ maxLength: 12 }));
}

/**
 * Known entries (in any order, some repeated) and unknown ones, and the two mixed. Parsing the mix must give what
 * parsing the known entries alone gives.
 */
export function queryWithUnknownNames(known: readonly string[], plausible: readonly string[]) {
  const knownEntries = fc.array(fc.tuple(fc.constantFrom(...known), value(plausible)), { maxLength: 10 });
  const unknownEntries = fc.array(fc.tuple(unknownName(known), value(plausible)), { minLength: 1, maxLength: 6 });
  return fc.tuple(knownEntries, unknownEntries, fc.array(fc.boolean(), { maxLength: 16 })).map(([knownOnly, unknown, order]) => {
    // Interleave the two lists in an order chosen by the run, each keeping its own order.
    const mixed: QueryEntry[] = [];
    const [a, b] = [[...knownOnly], [...unknown]];
    for (let step = 0; a.length + b.length > 0; step++)
      mixed.push((order[step] ?? step % 2 === 0) && b.length > 0 ? b.shift()! : (a.shift() ?? b.shift()!));
    return { knownOnly: knownOnly as QueryEntry[], mixed };
  });
}
