// The address a request came from, for limiting sign-in attempts: the first hop of X-Forwarded-For (which
// Next.js fills in from the connection when no proxy did), else X-Real-IP.
import "server-only";

export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip")?.trim() || "unknown").slice(0, 64);
}
