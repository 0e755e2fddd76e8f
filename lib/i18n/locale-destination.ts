// Where the language switch sends the reader back to, apart from the action so that it can be tested alone.
import { localPath } from "@/lib/auth/paths";

/**
 * The posted return address when one was sent, else the page of the Referer (its path only: the Referer may
 * name this site by an address the app does not know); the home page when either could lead elsewhere.
 */
export function localeSwitchDestination(returnTo: unknown, referer: string | null): string {
  if (returnTo !== undefined && returnTo !== "") return localPath(returnTo) ?? "/";
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return localPath(url.pathname + url.search) ?? "/";
  } catch {
    return "/";
  }
}
