// Runs before every page and API request:
// - refuses writes sent from other sites, and addresses that cannot be decoded;
// - when reading is closed (ACCORDS_PUBLIC_READ=false), sends visitors without a session to sign in. This is only
//   a first, early check on the cookie's presence: every page, route and action checks the session itself;
// - puts the security headers on every answer, with a fresh CSP nonce for each page (lib/security/headers.ts);
// - records the address being served, so a sign-in can bring the reader back to it;
// - serves copies of rendered pages that anonymous readers ask for most (lib/cache/page-cache.ts): the dashboard,
//   the two tables, the countries and the canonical country and pair pages. On a miss it asks the app itself for
//   the page, marked so that this proxy lets that inner request through, and keeps the answer with its nonce,
//   which is replaced by a new one each time the copy is served;
// - sends an anonymous reader's pages without `no-store` (Next.js's default for a page rendered on request), so the
//   browser's back/forward cache may keep them: `private, no-cache` still has every ordinary visit ask again. A
//   signed-in reader's pages keep `no-store`.
import { NextResponse, type NextRequest } from "next/server";
import { columnPreferences as agreementColumns } from "@/lib/agreements/column-preferences";
import { signInHref } from "@/lib/auth/paths";
import { publicRead, sessionCookieNames } from "@/lib/auth/settings";
import { currentAgreementsVersion, getCachedPage, keptHeaders, storePage } from "@/lib/cache/page-cache";
import { queryCacheEnabled } from "@/lib/cache/query-cache";
import { defaultLocale, isLocale, localeCookie, localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { parseCountryParam, parsePairParam } from "@/lib/pairs/pair-address";
import { columnPreferences as visitColumns } from "@/lib/visits/column-preferences";
import { isSameOrigin } from "@/lib/security/origin";
import { newNonce, nonceOf, pageCsp, requestIsHttps, resourceCsp, securityHeaders, type HeaderList } from "@/lib/security/headers";

const fillHeader = "x-accords-page-fill";
// Cookies that this proxy knows the page depends on; any other cookie (a session) means "do not cache".
const knownCookies = new Set([localeCookie, agreementColumns.cookie, visitColumns.cookie]);
const cachedPaths = new Set(["/", "/agreements", "/visits", "/countries"]);
const anonymousPageCaching = "private, no-cache, max-age=0, must-revalidate";

/** Country and pair pages at their canonical address only: other spellings redirect, and a redirect is not kept. */
function isCachedPath(path: string): boolean {
  if (cachedPaths.has(path)) return true;
  if (path.startsWith("/countries/")) return parseCountryParam(path.slice("/countries/".length)).kind === "canonical";
  if (path.startsWith("/pairs/")) return parsePairParam(path.slice("/pairs/".length)).kind === "canonical";
  return false;
}

/** A page loaded as a document (an address typed or followed), not the data of a navigation inside the app. */
function isPlainPageLoad(request: NextRequest, method = "GET"): boolean {
  return (
    request.method === method &&
    !request.headers.has("rsc") &&
    !request.headers.has("next-router-state-tree") &&
    !request.nextUrl.searchParams.has("_rsc") &&
    (request.headers.get("accept") ?? "").includes("text/html")
  );
}

const hasSession = (request: NextRequest) => sessionCookieNames.some((name) => request.cookies.has(name));

function cacheKey(request: NextRequest): string | null {
  if (!isCachedPath(request.nextUrl.pathname) || !isPlainPageLoad(request) || !queryCacheEnabled() || !publicRead()) return null;
  if (request.cookies.getAll().some((cookie) => !knownCookies.has(cookie.name))) return null;
  const cookieLocale = request.cookies.get(localeCookie)?.value;
  const locale = isLocale(cookieLocale)
    ? cookieLocale
    : (localeFromAcceptLanguage(request.headers.get("accept-language")) ?? defaultLocale);
  const columns = [agreementColumns.cookie, visitColumns.cookie].map((name) => request.cookies.get(name)?.value ?? "").join("|");
  return `${locale}|${columns}|${request.nextUrl.pathname}${request.nextUrl.search}`;
}

function withHeaders(response: Response, headers: HeaderList): Response {
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

/**
 * A write (a server action or a form post) sent by a page of another site. Next.js refuses these too, but with a
 * 500; refusing here answers 403 and never reaches the action.
 */
function crossOriginWrite(request: NextRequest): boolean {
  if (request.method === "GET" || request.method === "HEAD") return false;
  const origin = request.headers.get("origin");
  return origin !== null && !isSameOrigin(origin, request.headers);
}

function malformedAddress(request: NextRequest): boolean {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return false;
  } catch {
    return true;
  }
}

// What stays reachable without a session when reading is closed: what it takes to sign in.
const openPaths = new Set(["/sign-in", "/setup", "/icon.svg"]);

function needsSignIn(request: NextRequest): boolean {
  if (publicRead() || openPaths.has(request.nextUrl.pathname)) return false;
  return !hasSession(request);
}

function plainAnswer(message: string, status: number, https: boolean): Response {
  return withHeaders(
    new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } }),
    securityHeaders(resourceCsp, https),
  );
}

export async function proxy(request: NextRequest) {
  const https = requestIsHttps(request.nextUrl, request.headers);
  if (crossOriginWrite(request)) return plainAnswer("Cross-origin request refused.", 403, https);
  if (malformedAddress(request)) return plainAnswer("This address is malformed.", 400, https);
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  if (needsSignIn(request)) {
    const refusal = isApi
      ? Response.json({ error: "Sign in to read this.", code: "unauthenticated" }, { status: 401 })
      : NextResponse.redirect(new URL(signInHref(request.nextUrl.pathname + request.nextUrl.search), request.url));
    return withHeaders(refusal, securityHeaders(resourceCsp, https));
  }
  if (isApi) return withHeaders(NextResponse.next(), securityHeaders(resourceCsp, https));
  const key = request.headers.has(fillHeader) ? null : cacheKey(request);
  if (key !== null) return servePageCopy(request, key, await currentAgreementsVersion(), https);

  const nonce = newNonce();
  const csp = pageCsp(nonce, https);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-accords-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), securityHeaders(csp, https));
  // Next.js writes its own Cache-Control only where none is set yet.
  if ((isPlainPageLoad(request) || isPlainPageLoad(request, "HEAD")) && !hasSession(request)) {
    response.headers.set("cache-control", anonymousPageCaching);
  }
  return response;
}

async function servePageCopy(request: NextRequest, key: string, version: number, https: boolean) {
  const hit = getCachedPage(key, version);
  if (hit) {
    const nonce = newNonce();
    const body = hit.nonce ? hit.body.replaceAll(hit.nonce, nonce) : hit.body;
    const response = new Response(body, { headers: [...hit.headers, ["x-accords-cache", "hit"]] });
    response.headers.set("cache-control", anonymousPageCaching);
    return withHeaders(response, securityHeaders(pageCsp(nonce, https), https));
  }

  // Set by server.mjs once it listens; the fallback serves a server started some other way on the default port.
  const origin = process.env.ACCORDS_INTERNAL_ORIGIN || `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const headers = new Headers(request.headers);
  headers.set(fillHeader, "1");
  const response = await fetch(new URL(request.nextUrl.pathname + request.nextUrl.search, origin), {
    headers,
    redirect: "manual",
  });
  const body = await response.text();
  const cacheable =
    response.status === 200 && !response.headers.has("set-cookie") && (response.headers.get("content-type") ?? "").startsWith("text/html");
  const nonce = nonceOf(response.headers.get("content-security-policy"));
  if (cacheable) storePage(key, version, body, nonce, response.headers);
  // The inner request reached the app from this process, not from the reader: its security headers say
  // nothing about this reader's connection, so they are written again for it.
  const answer = new Headers(keptHeaders(response.headers));
  answer.set("x-accords-cache", "miss");
  if (response.status === 200) answer.set("cache-control", anonymousPageCaching);
  for (const cookie of response.headers.getSetCookie()) answer.append("set-cookie", cookie);
  // A redirect (the home page sends a new installation to /setup) passed on from here needs an absolute address.
  const location = response.headers.get("location");
  if (location) answer.set("location", new URL(location, request.url).toString());
  const csp = nonce ? pageCsp(nonce, https) : resourceCsp;
  return withHeaders(new Response(body, { status: response.status, headers: answer }), securityHeaders(csp, https));
}

export const config = {
  // Everything but the build's own files, which next.config.js gives their headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
