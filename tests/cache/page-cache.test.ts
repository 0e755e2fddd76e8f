// A kept copy of a page holds what describes the page, never the headers of the request that filled it.
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { getCachedPage, storePage } = await import("@/lib/cache/page-cache");
const { pageCsp, securityHeaders } = await import("@/lib/security/headers");

describe("the page cache", () => {
  it("does not keep HSTS, the CSP or cookies from the answer that filled it", () => {
    const answer = new Headers([
      ["content-type", "text/html; charset=utf-8"],
      ["vary", "rsc"],
      ["set-cookie", "a=b"],
      ...securityHeaders(pageCsp("bm9uY2U=", true), true),
    ]);
    expect(answer.has("strict-transport-security")).toBe(true);
    storePage("en||/agreements", 1, "<html></html>", "bm9uY2U=", answer);
    const kept = new Headers(getCachedPage("en||/agreements", 1)!.headers);
    expect([...kept.keys()].sort()).toEqual(["content-type", "vary"]);
  });
});
