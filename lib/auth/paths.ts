// Addresses of the sign-in flow, and the check that a "come back to" address stays on this site.
import { z } from "zod";

/** Only a path on this site, so no form can be used to send people elsewhere. */
export const sitePath = z
  .string()
  .max(2000)
  .startsWith("/")
  .refine((value) => !value.startsWith("//") && !value.includes("\\"));

/** Where to go after signing in: the given site path, else the home page. */
export function returnPath(value: unknown): string {
  const parsed = sitePath.safeParse(value);
  return parsed.success && !parsed.data.startsWith("/sign-in") && !parsed.data.startsWith("/setup") ? parsed.data : "/";
}

export function signInHref(next: string): string {
  const back = returnPath(next);
  return back === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(back)}`;
}
