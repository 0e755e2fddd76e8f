// Serves copies of rendered table pages (see lib/cache/page-cache.ts). On a miss it asks the app itself
// for the page, marked so that this proxy lets that inner request through, and keeps the answer.
import { NextResponse, type NextRequest } from "next/server";
import { agreementColumnsCookie } from "@/lib/agreements/column-preferences";
import { currentAgreementsVersion, getCachedPage, storePage } from "@/lib/cache/page-cache";
import { queryCacheEnabled } from "@/lib/cache/query-cache";
import { defaultLocale, isLocale, localeCookie, localeFromAcceptLanguage } from "@/lib/i18n/locales";

const fillHeader = "x-accords-page-fill";
// Cookies that this proxy knows the page depends on; any other cookie (a session, later) means "do not cache".
const knownCookies = new Set([localeCookie, agreementColumnsCookie]);

function cacheKey(request: NextRequest): string | null {
  const isPlainPageLoad =
    request.method === "GET" &&
    !request.headers.has("rsc") &&
    !request.headers.has("next-router-state-tree") &&
    !request.nextUrl.searchParams.has("_rsc") &&
    (request.headers.get("accept") ?? "").includes("text/html");
  if (!isPlainPageLoad) return null;
  if (request.cookies.getAll().some((cookie) => !knownCookies.has(cookie.name))) return null;
  const cookieLocale = request.cookies.get(localeCookie)?.value;
  const locale = isLocale(cookieLocale)
    ? cookieLocale
    : (localeFromAcceptLanguage(request.headers.get("accept-language")) ?? defaultLocale);
  const columns = request.cookies.get(agreementColumnsCookie)?.value ?? "";
  return `${locale}|${columns}|${request.nextUrl.pathname}${request.nextUrl.search}`;
}

export async function proxy(request: NextRequest) {
  if (request.headers.has(fillHeader) || !queryCacheEnabled()) return NextResponse.next();
  const key = cacheKey(request);
  const version = key ? currentAgreementsVersion() : null;
  if (key === null || version === null) return NextResponse.next();

  const hit = getCachedPage(key, version);
  if (hit) return new Response(hit.body, { headers: [...hit.headers, ["x-accords-cache", "hit"]] });

  const origin = process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const headers = new Headers(request.headers);
  headers.set(fillHeader, "1");
  const response = await fetch(new URL(request.nextUrl.pathname + request.nextUrl.search, origin), {
    headers,
    redirect: "manual",
  });
  const body = new Uint8Array(await response.arrayBuffer());
  const cacheable =
    response.status === 200 &&
    !response.headers.has("set-cookie") &&
    (response.headers.get("content-type") ?? "").startsWith("text/html");
  if (cacheable) storePage(key, version, body, response.headers);
  const answer = new Headers(response.headers);
  answer.delete("content-length");
  answer.delete("transfer-encoding");
  answer.set("x-accords-cache", "miss");
  return new Response(body, { status: response.status, headers: answer });
}

export const config = { matcher: ["/agreements"] };
