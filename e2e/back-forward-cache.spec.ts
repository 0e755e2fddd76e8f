// The back/forward cache for anonymous readers: their pages are sent without `no-store` (which keeps a page out of
// the browser's back/forward cache), so Back shows the previous page at once, as it was left; a signed-in reader's
// pages keep `no-store`. Playwright turns the cache off in the browsers it starts, and Chromium's headless shell
// never restores a page from it: the browser test starts the whole browser with it on.
import { chromium, expect, test } from "@playwright/test";
import { chromiumArgs, wholeChromiumPath } from "./browser.mjs";
import { accounts, signIn } from "./fixtures/accounts";

const readerPages = [
  "/",
  "/agreements",
  "/agreements?domain=training&q=securite",
  "/agreements/ma-il-defence-mou-2021",
  "/visits",
  "/countries",
  "/countries/ma",
  "/pairs/il-ma",
  "/domains",
];

test("an anonymous reader's pages may be kept for Back: no no-store, and revalidated on every ordinary visit", async ({ request }) => {
  for (const path of readerPages) {
    for (let load = 0; load < 2; load++) {
      const response = await request.get(path, { headers: { accept: "text/html" } });
      expect(response.status(), path).toBe(200);
      const cacheControl = response.headers()["cache-control"] ?? "";
      expect(cacheControl, path).not.toContain("no-store");
      expect(cacheControl, path).toContain("no-cache");
      expect(cacheControl, path).toContain("private");
    }
  }
});

test("a signed-in reader's pages keep no-store", async ({ page }) => {
  await signIn(page, accounts.viewer);
  for (const path of ["/", "/agreements", "/agreements/ma-il-defence-mou-2021"]) {
    const response = await page.goto(path);
    expect(response?.headers()["cache-control"], path).toContain("no-store");
  }
});

test("Back brings an anonymous reader's table back from the back/forward cache, filters and all", async ({ baseURL }) => {
  const executablePath = wholeChromiumPath();
  expect(executablePath, "the whole Chromium browser is installed (Debian: apt-get install chromium)").toBeTruthy();
  const browser = await chromium.launch({
    executablePath: executablePath!,
    args: chromiumArgs,
    ignoreDefaultArgs: ["--disable-back-forward-cache"],
  });
  try {
    const page = await browser.newPage({ baseURL, locale: "en-GB" });
    // Set before the page's own scripts: whether the page shown was restored from the cache.
    await page.addInitScript(() => {
      addEventListener("pageshow", (event) => {
        (window as unknown as { restored: boolean }).restored = event.persisted;
      });
    });
    await page.goto("/agreements?q=securite");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.goto("/countries");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // A page restored from the cache fires no new load event: wait for the address only.
    await page.goBack({ waitUntil: "commit" });
    await expect(page).toHaveURL(/\/agreements\?q=securite$/);
    await expect.poll(() => page.evaluate(() => (window as unknown as { restored?: boolean }).restored)).toBe(true);
    await expect(page.getByRole("searchbox")).toHaveValue("securite");
  } finally {
    await browser.close();
  }
});
