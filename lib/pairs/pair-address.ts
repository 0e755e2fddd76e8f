// Addresses of the country and pair pages. A pair has one canonical address, both codes in lower case and in
// alphabetical order (/pairs/il-ma), so every relationship is one page; other spellings redirect to it.

export type AddressMatch<T> = { kind: "canonical"; value: T } | { kind: "redirect"; path: string } | { kind: "invalid" };

const codePattern = /^[a-z]{2}$/i;
const pairPattern = /^([a-z]{2})-([a-z]{2})$/i;

export function countryPath(code: string): string {
  return `/countries/${code.toLowerCase()}`;
}

/** The pair's canonical address, whatever order the codes come in. */
export function pairPath(a: string, b: string): string {
  const [first, second] = [a.toLowerCase(), b.toLowerCase()].sort();
  return `/pairs/${first}-${second}`;
}

/** The upper-case code of a /countries/[code] segment, or where to redirect, or invalid. */
export function parseCountryParam(param: string): AddressMatch<string> {
  const segment = safeDecode(param);
  if (!codePattern.test(segment)) return { kind: "invalid" };
  const path = countryPath(segment);
  return path === `/countries/${segment}` ? { kind: "canonical", value: segment.toUpperCase() } : { kind: "redirect", path };
}

/** The two upper-case codes of a /pairs/[pair] segment in canonical order, or where to redirect, or invalid. */
export function parsePairParam(param: string): AddressMatch<[string, string]> {
  const match = pairPattern.exec(safeDecode(param));
  if (!match) return { kind: "invalid" };
  const [, a, b] = match as unknown as [string, string, string];
  if (a.toLowerCase() === b.toLowerCase()) return { kind: "invalid" };
  const path = pairPath(a, b);
  if (path !== `/pairs/${a}-${b}`) return { kind: "redirect", path };
  return { kind: "canonical", value: [a.toUpperCase(), b.toUpperCase()] };
}

function safeDecode(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
