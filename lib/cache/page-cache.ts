// Rendered pages (the dashboard, the tables, the country and pair pages: see proxy.ts), kept in memory by each
// app server and served again until the agreements' change counter moves. Rendering a page costs tens of
// milliseconds of CPU, and one Node process renders one page at a time, so with twenty readers at once only a
// served copy keeps latency low.
// Only anonymous, plain page loads are cached: the key holds everything a page varies with (address,
// language, chosen columns), and any request carrying other state goes through to the app.
import { getChangeVersion } from "@/lib/cache/change-counter";
import { db } from "@/lib/db";

const maxBytes = 64 * 1024 * 1024;
// body is the page's HTML; nonce, the CSP nonce written into it, which is swapped for a new one on each use.
const entries = new Map<string, { version: number; body: string; nonce: string | null; headers: [string, string][] }>();
let cachedBytes = 0;

/** The agreements' change counter, a one-row read that every app server sharing the database agrees on. */
export function currentAgreementsVersion(): Promise<number> {
  return getChangeVersion(db, "agreements");
}

export function getCachedPage(key: string, version: number) {
  const entry = entries.get(key);
  if (!entry || entry.version !== version) return undefined;
  entries.delete(key);
  entries.set(key, entry);
  return entry;
}

// What a copy keeps of the app's answer: what describes the page itself. Everything else, the security headers
// above all (HSTS and the CSP depend on the reader's connection and nonce), is written afresh on each answer.
const pageHeaders = new Set(["content-type", "cache-control", "vary", "link", "content-language", "location"]);

export function keptHeaders(headers: Headers): [string, string][] {
  return [...headers.entries()].filter(([name]) => pageHeaders.has(name.toLowerCase()) || name.toLowerCase().startsWith("x-nextjs-"));
}

const bytesOf = (body: string) => body.length * 2;

export function storePage(key: string, version: number, body: string, nonce: string | null, headers: Headers): void {
  if (bytesOf(body) > maxBytes / 16) return;
  const kept = keptHeaders(headers);
  const previous = entries.get(key);
  if (previous) cachedBytes -= bytesOf(previous.body);
  entries.delete(key);
  entries.set(key, { version, body, nonce, headers: kept });
  cachedBytes += bytesOf(body);
  for (const [oldest, entry] of entries) {
    if (cachedBytes <= maxBytes) break;
    entries.delete(oldest);
    cachedBytes -= bytesOf(entry.body);
  }
}
