// The outside probe, repeated: concurrent wrong sign-ins, a rotating X-Forwarded-For, a forged X-Forwarded-Proto,
// a write from the same host over another scheme, and a kept page filled over HTTPS then read over HTTP.
// The sign-in limits run on the probe server (its own database, no trusted proxy), since they lock accounts and
// the test's own address out for 15 minutes.
import { expect, test } from "@playwright/test";
import { accounts } from "./fixtures/accounts";
import { serverActions } from "./fixtures/build-manifest";
import { callAction } from "./fixtures/call-action";

const probeURL = `http://127.0.0.1:${process.env.E2E_PROBE_PORT}`;
const signInAction = () => serverActions().find((action) => action.name === "lib/auth/actions.ts#signIn")!;

/** What the sign-in action answered: a wrong password (evaluated), a throttle (refused before any check) or else. */
function outcome(body: string): "wrong" | "throttled.account" | "throttled.address" | "other" {
  if (body.includes('"wrongCredentials"')) return "wrong";
  if (body.includes('"throttled.account"')) return "throttled.account";
  if (body.includes('"throttled.address"')) return "throttled.address";
  return "other";
}

function signInForm(email: string, password: string) {
  const form = new FormData();
  form.append("email", email);
  form.append("password", password);
  return form;
}

test.describe("sign-in limits, as an outsider tries them", () => {
  test.describe.configure({ mode: "serial" });

  test("30 concurrent wrong passwords for one account: at most 5 are checked, then even the right one waits", async ({ playwright }) => {
    const request = await playwright.request.newContext();
    const { email, password } = accounts.viewer;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) =>
        callAction(request, probeURL, signInAction(), [{ status: "idle" }, signInForm(email, `wrong password ${attempt}`)]),
      ),
    );
    const outcomes = answers.map((answer) => outcome(answer.body));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(outcomes.filter((kind) => kind === "wrong").length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((kind) => kind === "throttled.account").length).toBeGreaterThanOrEqual(25);
    expect(outcomes.filter((kind) => kind === "other")).toEqual([]);

    const right = await callAction(request, probeURL, signInAction(), [{ status: "idle" }, signInForm(email, password)]);
    expect(outcome(right.body)).toBe("throttled.account");
    expect(right.setCookie.filter((cookie) => cookie.includes("session_token="))).toEqual([]);
    await request.dispose();
  });

  test("a rotating X-Forwarded-For does not escape the per-address limit", async ({ playwright }) => {
    const request = await playwright.request.newContext();
    const outcomes: string[] = [];
    // The address has 5 failures from the test above; 20 is its limit. Each attempt names another account and
    // claims another address.
    for (let attempt = 0; attempt < 24; attempt++) {
      const answer = await callAction(
        request,
        probeURL,
        signInAction(),
        [{ status: "idle" }, signInForm(`nobody${attempt}@probe.test`, "wrong password")],
        {
          headers: { "x-forwarded-for": `198.51.100.${attempt + 1}`, "x-real-ip": `203.0.113.${attempt + 1}` },
        },
      );
      outcomes.push(outcome(answer.body));
    }
    expect(outcomes.filter((kind) => kind === "wrong").length).toBeLessThanOrEqual(15);
    expect(outcomes.slice(-4)).toEqual(["throttled.address", "throttled.address", "throttled.address", "throttled.address"]);
    await request.dispose();
  });
});

test("a client that claims HTTPS without a trusted proxy gets no HSTS", async ({ request }) => {
  const response = await request.get(`${probeURL}/sign-in`, { headers: { "x-forwarded-proto": "https" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
  expect(response.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
});

test("a write from the same host over another scheme is refused", async ({ request, baseURL }) => {
  const secureOrigin = baseURL!.replace(/^http:/, "https:");
  const answer = await callAction(
    request,
    baseURL!,
    signInAction(),
    [{ status: "idle" }, signInForm(accounts.mistaken.email, "wrong password")],
    {
      origin: secureOrigin,
    },
  );
  expect(answer.status).toBe(403);
  const otherPort = await callAction(
    request,
    baseURL!,
    signInAction(),
    [{ status: "idle" }, signInForm(accounts.mistaken.email, "wrong password")],
    {
      origin: baseURL!.replace(/:(\d+)$/, (_, port) => `:${Number(port) + 1}`),
    },
  );
  expect(otherPort.status).toBe(403);
});

test("a kept page filled over HTTPS is served to plain-HTTP readers without HSTS", async ({ request }) => {
  // An address nobody else asks for, so the first request fills the copy.
  const path = `/agreements?q=hsts${Date.now()}`;
  const html = { accept: "text/html" };
  const overHttps = await request.get(path, { headers: { ...html, "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["x-accords-cache"]).toBe("miss");
  expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  const overHttp = await request.get(path, { headers: html });
  expect(overHttp.headers()["x-accords-cache"]).toBe("hit");
  expect(overHttp.headers()["strict-transport-security"]).toBeUndefined();
  expect(overHttp.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  const againOverHttps = await request.get(path, { headers: { ...html, "x-forwarded-proto": "https" } });
  expect(againOverHttps.headers()["x-accords-cache"]).toBe("hit");
  expect(againOverHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});
