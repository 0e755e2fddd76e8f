// The app's own origin (scheme, host and port), against which the Origin of every write is checked. The
// forwarding headers read here were written by server.mjs from the connection or from a trusted proxy, never
// taken as the client sent them (lib/http/forwarded.mjs).

/** ACCORDS_URL's origin when it is set and valid, else the one the request reached. */
export function appOrigin(headers: Headers, env: Record<string, string | undefined> = process.env): string | null {
  const configured = env.ACCORDS_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      return null;
    }
  }
  const proto = headers.get("x-forwarded-proto")?.trim().toLowerCase() === "https" ? "https" : "http";
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return null;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}

/** Whether an Origin header names exactly this app: same scheme, host and port. "null" and garbage do not. */
export function isSameOrigin(origin: string, headers: Headers, env?: Record<string, string | undefined>): boolean {
  const own = appOrigin(headers, env);
  if (!own) return false;
  try {
    const parsed = new URL(origin);
    return parsed.origin !== "null" && parsed.origin === own;
  } catch {
    return false;
  }
}
