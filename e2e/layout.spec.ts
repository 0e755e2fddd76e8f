// Every page on a 390-wide phone and a 1280-wide desktop, in every interface language: the document is never
// wider than the screen (what does not fit scrolls inside its own box, as a table does), and axe finds nothing.
// Signed-in pages are visited by an administrator, who sees every control an editor sees and more.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { locales } from "@/lib/i18n/locales";
import { accounts, signIn } from "./fixtures/accounts";

const readerPages = [
  "/",
  "/agreements",
  "/agreements?domain=cybersecurity&party=MA&from=2020",
  "/agreements/ma-il-defence-mou-2021",
  "/visits",
  "/visits/2021-11-gantz-morocco",
  "/countries",
  "/countries/ma",
  "/pairs/il-ma",
  "/domains",
  "/sign-in",
];

const editorPages = [
  "/agreements/new",
  "/agreements/ma-il-defence-mou-2021/edit",
  "/agreements/archived",
  "/visits/new",
  "/visits/2021-11-gantz-morocco/edit",
  "/visits/archived",
  "/domains/training/edit",
  "/account",
  "/admin/users",
];

const screens = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

/**
 * How far the document reaches past the screen's right edge, and the outermost elements that make it so (those
 * inside a box that scrolls on its own do not count: a wide table in its scroll box is how tables fit a phone).
 */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsOnItsOwn = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (/auto|scroll|hidden|clip/.test(style.overflowX) && parent.scrollWidth > parent.clientWidth - 1) return true;
      }
      return false;
    };
    const culprits: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || (box.right <= width + 1 && box.left >= -1)) continue;
      if (scrollsOnItsOwn(element)) continue;
      const parentBox = element.parentElement?.getBoundingClientRect();
      if (parentBox && (parentBox.right > width + 1 || parentBox.left < -1) && !scrollsOnItsOwn(element.parentElement!)) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${[...element.classList].slice(0, 3).join(".")}`;
      culprits.push(`${name} (${Math.round(box.left)}–${Math.round(box.right)})`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 5) };
  });
}

async function checkPage(page: Page, path: string) {
  await test.step(path, async () => {
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers`).toBe(200);
    const found = await overflow(page);
    expect
      .soft(found.scrollWidth, `${path} is ${found.scrollWidth} px wide on a ${found.width} px screen: ${found.culprits.join(", ")}`)
      .toBeLessThanOrEqual(found.width);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect.soft(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

for (const [screen, viewport] of Object.entries(screens)) {
  test.describe(`on a ${viewport.width}-wide ${screen}`, () => {
    test.use({ viewport });

    for (const locale of locales) {
      test(`no page is wider than the screen and axe finds nothing, in ${locale}`, async ({ page, context, baseURL }) => {
        test.slow();
        await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
        for (const path of readerPages) await checkPage(page, path);
      });

      test(`no editor's or administrator's page is wider than the screen and axe finds nothing, in ${locale}`, async ({
        page,
        context,
        baseURL,
      }) => {
        test.slow();
        await signIn(page, accounts.admin);
        await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
        for (const path of editorPages) await checkPage(page, path);
      });
    }
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: screens.phone });

  test("a table's filter opens as a sheet as wide as the screen, and the page stays as wide as the screen", async ({ page }) => {
    await page.goto("/agreements");
    const status = page.locator("summary").filter({ hasText: "Status" });
    await status.click();
    const panel = page.locator("details[open] > div").first();
    await expect(panel).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(340);
    const found = await overflow(page);
    expect(found.scrollWidth, found.culprits.join(", ")).toBeLessThanOrEqual(found.width);
  });
});

test.describe("on a phone, what matters first", () => {
  test.use({ viewport: screens.phone });

  test("a table keeps its first column in place when it scrolls sideways", async ({ page }) => {
    await page.goto("/agreements");
    const region = page.getByRole("region", { name: /Agreements, sorted by/ });
    const firstTitle = region.getByRole("rowheader").first();
    const before = (await firstTitle.boundingBox())!;
    await region.evaluate((element) => {
      element.scrollLeft = 300;
    });
    expect(await region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
    const after = (await firstTitle.boundingBox())!;
    expect(Math.round(after.x)).toBe(Math.round(before.x));
    expect(before.width).toBeLessThan(240);
  });

  test("the pair timeline opens on its latest event", async ({ page }) => {
    await page.goto("/pairs/il-ma");
    const region = page.getByRole("region", { name: "Timeline graphic, scrollable" });
    const box = (await region.boundingBox())!;
    const markers = page.getByTestId("timeline-graphic").locator("a[data-kind]");
    const positions = await markers.evaluateAll((links) =>
      links.map((link) => Number(link.getAttribute("data-x") ?? link.getAttribute("data-x1"))),
    );
    const latest = markers.nth(positions.indexOf(Math.max(...positions)));
    const marker = (await latest.boundingBox())!;
    expect(marker.x).toBeGreaterThanOrEqual(box.x);
    expect(marker.x + marker.width).toBeLessThanOrEqual(box.x + box.width);
  });

  test("an agreement's page shows what, who, when, which domains and which visit on the first screen", async ({ page }) => {
    await page.goto("/agreements/ma-il-defence-mou-2021");
    const glance = page.getByRole("region", { name: "At a glance" });
    await expect(glance).toBeInViewport({ ratio: 1 });
    await expect(glance).toContainText("Memorandum of understanding · Signed");
    await expect(glance.getByRole("link", { name: "Morocco", exact: true })).toBeVisible();
    await expect(glance.getByRole("link", { name: "Israel", exact: true })).toBeVisible();
    await expect(glance).toContainText("24 November 2021 · Rabat, Morocco");
    await expect(glance.getByRole("link", { name: /Benjamin Gantz to Morocco/ })).toBeVisible();
    const training = glance.getByRole("link", { name: "Training" });
    await expect(training).toHaveAttribute("href", "/agreements?domain=training");
    await training.click();
    await expect(page).toHaveURL(/\/agreements\?domain=training$/);
  });
});
