import { describe, expect, it } from "vitest";
import { nonceOf, pageCsp, requestIsHttps, resourceCsp, securityHeaders } from "@/lib/security/headers";

describe("security headers", () => {
  it("give pages a nonce-based policy without unsafe-eval, and no framing", () => {
    const csp = pageCsp("abc123==", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(nonceOf(csp)).toBe("abc123==");
    expect(pageCsp("n", true)).toContain("upgrade-insecure-requests");
  });

  it("send HSTS only over HTTPS", () => {
    const names = (https: boolean) => securityHeaders(resourceCsp, https).map(([name]) => name);
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).toEqual(expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "Content-Security-Policy"]));
  });

  it("trust the proxy's X-Forwarded-Proto over the address", () => {
    expect(requestIsHttps(new URL("http://a.test"), new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(requestIsHttps(new URL("https://a.test"), new Headers())).toBe(true);
    expect(requestIsHttps(new URL("http://a.test"), new Headers())).toBe(false);
  });
});
