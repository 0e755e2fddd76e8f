// The agreements table with the keyboard alone, and axe on its states.
import AxeBuilder from "@axe-core/playwright";
import { test, type Locator, type Page } from "@playwright/test";
import { expect, expectRows, filterOptions, filterTrigger, openFilter, openTable, searchBox, titles } from "./fixtures/agreements-table";

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never gets there. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe("keyboard", () => {
  test("the search box is reached with Tab and searches as one types", async ({ page }) => {
    await openTable(page, "/agreements");
    await tabTo(page, searchBox(page));
    await page.keyboard.type("gantz");
    await expect(page).toHaveURL(/\/agreements\?q=gantz$/);
    await expectRows(page, [titles.mou]);
    await expect(searchBox(page)).toBeFocused();
  });

  test("Enter in the search box submits the search", async ({ page }) => {
    await openTable(page, "/agreements");
    await tabTo(page, searchBox(page));
    await page.keyboard.type("securite maritime");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/agreements\?q=securite(\+|%20)maritime$/);
    await expectRows(page, [titles.maritime]);
  });

  test("a filter opens with Enter, chooses with Space, and closes with Escape back to its trigger", async ({ page }) => {
    await openTable(page, "/agreements");
    const trigger = filterTrigger(page, "Form");
    await tabTo(page, trigger);
    await page.keyboard.press("Enter");
    await expect(filterOptions(page, "Form")).toBeVisible();
    const treaty = filterOptions(page, "Form").getByRole("checkbox", { name: "Treaty", exact: true });
    await page.keyboard.press("Tab");
    await expect(treaty).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/\/agreements\?form=TREATY$/);
    await expectRows(page, [titles.treaty]);
    await expect(treaty).toBeChecked();
    await page.keyboard.press("Escape");
    await expect(filterOptions(page, "Form")).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test("a filter opens with Space too, and Escape closes it without choosing", async ({ page }) => {
    await openTable(page, "/agreements");
    const trigger = filterTrigger(page, "Status");
    await tabTo(page, trigger);
    await page.keyboard.press("Space");
    await expect(filterOptions(page, "Status")).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(filterOptions(page, "Status").getByRole("checkbox").first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(filterOptions(page, "Status")).toBeHidden();
    await expect(trigger).toBeFocused();
    await expect(page).toHaveURL(/\/agreements$/);
  });

  test("the party filter is searched and chosen from the keyboard", async ({ page }) => {
    await openTable(page, "/agreements");
    await tabTo(page, filterTrigger(page, "Party"));
    await page.keyboard.press("Enter");
    const parties = filterOptions(page, "Party");
    await page.keyboard.press("Tab");
    await expect(parties.getByRole("searchbox", { name: "Find a state" })).toBeFocused();
    await page.keyboard.type("germ");
    await page.keyboard.press("Tab");
    await expect(parties.getByRole("checkbox", { name: "Germany" })).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/\/agreements\?party=de$/);
    await expectRows(page, [titles.treaty]);
  });
});

test.describe("axe", () => {
  test("axe finds no violation on the table", async ({ page }) => {
    await openTable(page, "/agreements");
    await expect(page.getByRole("table")).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test("axe finds no violation with a filter open", async ({ page }) => {
    await openTable(page, "/agreements?domain=training");
    await openFilter(page, "Party");
    expect(await violations(page)).toEqual([]);
  });

  test("axe finds no violation on the empty state", async ({ page }) => {
    await openTable(page, "/agreements?q=zebra&party=fr");
    await expect(page.getByRole("heading", { name: "No agreement matches" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
