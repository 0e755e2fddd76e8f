// The security headers, on pages, on the API, on the build's files, on a kept copy of a page, and over HTTPS.
import { expect, test, type APIResponse } from "@playwright/test";

function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  return headers;
}

test("pages carry a CSP with a fresh nonce, used by every script of the page", async ({ request }) => {
  const nonces = new Set<string>();
  for (let load = 0; load < 2; load++) {
    const response = await request.get("/agreements/ma-il-defence-mou-2021");
    const headers = expectCommonHeaders(response);
    const nonce = headers["content-security-policy"]!.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    nonces.add(nonce!);
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(headers["strict-transport-security"]).toBeUndefined();
  }
  expect(nonces.size).toBe(2);
});

test("a kept copy of the table page is served with a new nonce each time", async ({ request }) => {
  const url = "/agreements?q=cyber&sort=-signedOn";
  const seen = new Set<string>();
  for (let load = 0; load < 3; load++) {
    const response = await request.get(url, { headers: { accept: "text/html" } });
    const nonce = response.headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1]!;
    const html = await response.text();
    expect(html).toContain(`nonce="${nonce}"`);
    for (const earlier of seen) expect(html).not.toContain(earlier);
    seen.add(nonce);
    if (load > 0) expect(response.headers()["x-accords-cache"]).toBe("hit");
  }
});

test("the pages run their scripts under the policy: no violation is reported", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/agreements", "/agreements/ma-il-defence-mou-2021", "/visits", "/sign-in"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});

test("the API, the build's files and errors carry the headers too", async ({ request }) => {
  const api = await request.get("/api/agreements?size=1");
  expect(expectCommonHeaders(api)["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  const html = await (await request.get("/visits")).text();
  const script = html.match(/\/_next\/static\/[^"]+\.js/)![0];
  expectCommonHeaders(await request.get(script));
  const missing = await request.get("/agreements/no-such-agreement");
  expect(missing.status()).toBe(404);
  expectCommonHeaders(missing);
});

test("over HTTPS (behind a proxy that says so), HSTS is sent", async ({ request }) => {
  const headers = { "x-forwarded-proto": "https" };
  for (const path of ["/visits", "/api/agreements?size=1"]) {
    const response = await request.get(path, { headers });
    expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers()["content-security-policy"]).toBeTruthy();
  }
});

test("errors show no stack, SQL or internal detail", async ({ request }) => {
  for (const path of ["/agreements/%E0%A4%A", "/api/agreements?page=999999999999&size=100", "/api/agreements/export?format=xml"]) {
    const response = await request.get(path);
    const body = await response.text();
    expect(response.status(), path).toBeLessThan(500);
    expect(body).not.toMatch(/at .+\.(ts|js):\d+|SELECT |prisma|sqlite|Error:/i);
  }
});
