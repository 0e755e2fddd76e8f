import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { accounts, signIn, type TestAccount } from "./fixtures/accounts";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const pages = [
  "/",
  "/agreements",
  "/agreements/ma-il-defence-mou-2021",
  "/visits",
  "/visits/2021-11-gantz-morocco",
  "/domains",
  "/sign-in",
];

for (const path of pages) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

const signedInPages: [string, TestAccount][] = [
  ["/account", accounts.viewer],
  ["/admin/users", accounts.admin],
  ["/domains", accounts.editor],
  ["/domains/training/edit", accounts.editor],
];

for (const [path, account] of signedInPages) {
  test(`axe finds no violation on ${path} for ${account.name}`, async ({ page }) => {
    await signIn(page, account);
    await page.goto(path);
    await expectNoViolations(page);
  });
}

test("axe finds no violation on the sign-in form showing its errors", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expectNoViolations(page);
});
