// A new installation (the third test server, on a database without any account): the first visitor is asked to
// make the administrator account, and after that the invitation is closed.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const freshURL = `http://127.0.0.1:${process.env.E2E_FRESH_PORT}`;

test("the first visitor makes the admin account; then setup is closed", async ({ page, browser }) => {
  await page.goto(`${freshURL}/`);
  await expect(page).toHaveURL(`${freshURL}/setup`);
  await expect(page.getByRole("heading", { level: 1, name: "Create the administrator account" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await page.getByLabel("Name").fill("Ada Admin");
  await page.getByLabel("Email address").fill("ada@example.org");
  await page.getByLabel("New password").fill("correct horse battery");
  await page.getByLabel("Repeat the password").fill("correct horse batter");
  await page.getByRole("button", { name: "Create the account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(
    "Repeat the password: The two passwords differ.",
  );
  await expect(page.getByLabel("Name")).toHaveValue("Ada Admin");

  await page.getByLabel("New password").fill("correct horse battery");
  await page.getByLabel("Repeat the password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create the account" }).click();
  await expect(page).toHaveURL(`${freshURL}/`);
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Ada Admin" })).toBeVisible();
  await expect(banner.getByText("Administrator", { exact: true })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Accounts" })).toBeVisible();

  // Anyone else arriving now is sent to sign in, not invited to make another admin.
  const stranger = await browser.newPage();
  await stranger.goto(`${freshURL}/setup`);
  await expect(stranger).toHaveURL(`${freshURL}/sign-in`);
  await stranger.close();
});
