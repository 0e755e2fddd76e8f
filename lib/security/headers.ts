// The security headers every response carries. Pages get a Content-Security-Policy with a fresh nonce per
// response (Next.js reads it from the request and puts it on its own scripts); other answers get one that
// allows nothing to run. Applied by proxy.ts, and by next.config.js for the files Next serves as they are.

export type HeaderList = [name: string, value: string][];

const isDev = process.env.NODE_ENV === "development";

export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

export function pageCsp(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server stacks; the production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (positioned popovers) are allowed; inline scripts are not.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For everything that is not a page (JSON, CSV, scripts, images): nothing may run, nothing may frame it. */
export const resourceCsp = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(csp: string, https: boolean): HeaderList {
  return [
    ["Content-Security-Policy", csp],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"],
    ...(https ? ([["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]] as HeaderList) : []),
  ];
}

/** Whether the request reached us over HTTPS, directly (when its URL is known) or through a proxy that says so. */
export function requestIsHttps(url: URL | null, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded ? forwarded === "https" : url?.protocol === "https:";
}

/** The nonce of a policy written by pageCsp, so a kept page can be served again with a new one. */
export function nonceOf(csp: string | null): string | null {
  return csp?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1] ?? null;
}
