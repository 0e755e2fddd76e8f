// Addresses of the sign-in flow, and the check that a "come back to" address stays on this site.
import { z } from "@/lib/zod";

// Any origin would do: the address is resolved against it only to see whether it leaves it.
const ownOrigin = "http://accords.invalid";
// Browsers drop tabs and newlines from a Location and read "\" as "/", so "/\t/evil" and "/\evil" reach
// another host; other control characters make redirect() throw after the session was created.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const rawRefused = /[\u0000-\u001f\u007f\\]/;
// The same, percent-encoded. In the path an encoded slash is refused too: a server that decodes it once reads
// "/%2F%2Fevil" as "//evil". In the query it is ordinary search text (a GET form encodes "/" as %2F).
const encodedRefused = /%(?:[01][0-9a-f]|7f)/i;
const encodedInPathRefused = /%(?:2f|5c)/i;

/**
 * A path of this site, normalised by the URL parser (never the raw input), or null for anything that could lead
 * elsewhere or that redirect() would refuse.
 */
export function localPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000 || !value.startsWith("/")) return null;
  const pathPart = value.split(/[?#]/, 1)[0]!;
  if (rawRefused.test(value) || encodedRefused.test(value) || encodedInPathRefused.test(pathPart)) return null;
  let url: URL;
  try {
    url = new URL(value, ownOrigin);
  } catch {
    return null;
  }
  // "/.//evil" and "/a/..//evil" normalise to "//evil", which a browser reads as another host.
  if (url.origin !== ownOrigin || url.pathname.startsWith("//")) return null;
  return url.pathname + url.search + url.hash;
}

/** Only a path on this site, so no form can be used to send people elsewhere; yields the normalised path. */
export const sitePath = z
  .string()
  .max(2000)
  .transform((value, context) => {
    const path = localPath(value);
    if (path === null) {
      context.addIssue({ code: "custom", message: "notSitePath" });
      return z.NEVER;
    }
    return path;
  });

/** Where to go after signing in: the given site path, else the home page. */
export function returnPath(value: unknown): string {
  const path = localPath(value);
  return path === null || path.startsWith("/sign-in") || path.startsWith("/setup") ? "/" : path;
}

export function signInHref(next: string): string {
  const back = returnPath(next);
  return back === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(back)}`;
}
