// With ACCORDS_PUBLIC_READ=false (the second test server, on the same database), every page and endpoint asks
// for sign-in; a viewer reads. The routes come from the build, so a new page is covered as soon as it exists.
import { expect, test } from "@playwright/test";
import { accounts, signIn } from "./fixtures/accounts";
import { appRoutes, concrete } from "./fixtures/build-manifest";

const closedURL = `http://127.0.0.1:${process.env.E2E_CLOSED_PORT}`;
// What must stay reachable to let anyone sign in at all (and the site's icon).
const openPages = new Set(["/sign-in", "/setup", "/icon.svg"]);
const routes = appRoutes().filter((route) => !openPages.has(route.path));

test("every page asks an anonymous reader to sign in, and brings them back", async ({ request }) => {
  expect(routes.length).toBeGreaterThan(5);
  for (const route of routes.filter((candidate) => candidate.kind === "page")) {
    const path = concrete(route.path);
    const response = await request.get(`${closedURL}${path}`, { maxRedirects: 0, headers: { accept: "text/html" } });
    expect(response.status(), path).toBe(307);
    const location = new URL(response.headers().location ?? "", closedURL);
    expect(location.origin + location.pathname + location.search, path).toBe(
      `${closedURL}${path === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(path)}`}`,
    );
  }
});

test("every endpoint answers 401 to an anonymous reader, without data", async ({ request }) => {
  for (const route of routes.filter((candidate) => candidate.kind === "route")) {
    const response = await request.get(`${closedURL}${concrete(route.path)}`, { maxRedirects: 0 });
    expect(response.status(), route.path).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to read this.", code: "unauthenticated" });
  }
});

test("a viewer signs in and reads pages and the API", async ({ page }) => {
  await page.goto(`${closedURL}/agreements/ma-il-defence-mou-2021`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email address").fill(accounts.viewer.email);
  await page.getByLabel("Password").fill(accounts.viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${closedURL}/agreements/ma-il-defence-mou-2021`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memorandum of understanding in the field of defence");
  const api = await page.request.get(`${closedURL}/api/agreements?q=gantz`);
  expect(api.status()).toBe(200);
  expect((await api.json()).total).toBeGreaterThan(0);
});

test("the open server still serves anonymous readers", async ({ page }) => {
  await signIn(page, accounts.viewer);
  await page.context().clearCookies();
  const response = await page.goto("/agreements/ma-il-defence-mou-2021");
  expect(response?.status()).toBe(200);
});
