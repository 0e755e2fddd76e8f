// Links the app hands out to be opened elsewhere (the export's `url` column). Behind `next start` a route's
// request.url names the address Next listens on (http://localhost:<port>), not the one readers use.
import { appOrigin } from "@/lib/security/origin";

/** ACCORDS_URL's origin when it is set, else the origin the request reached (as server.mjs settled it). */
export function publicOrigin(request: Request, env: Record<string, string | undefined> = process.env): string {
  return appOrigin(request.headers, env) ?? new URL(request.url).origin;
}

export function agreementUrl(origin: string, slug: string): string {
  return `${origin}/agreements/${encodeURIComponent(slug)}`;
}
