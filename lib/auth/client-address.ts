// The address a request came from, for limiting sign-in attempts. server.mjs has already settled it from the
// connection, or from the chain of proxies named in ACCORDS_TRUSTED_PROXIES, and written it as the only
// X-Forwarded-For entry (lib/http/forwarded.mjs); a chain the client wrote never reaches this point.
import "server-only";

export function clientAddress(headers: Headers): string {
  const address = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return (address || "unknown").slice(0, 64);
}
