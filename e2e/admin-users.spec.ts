// The accounts page: an admin makes accounts and sets roles; the last admin cannot be demoted.
import { expect, test } from "@playwright/test";
import { accounts, signIn, writesURL } from "./fixtures/accounts";

// These tests add and change records: they run on their own copy of the database.
test.use({ baseURL: writesURL });

test.beforeEach(async ({ page }) => {
  await signIn(page, accounts.admin);
  await page.getByRole("banner").getByRole("link", { name: "Accounts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
});

test("an admin creates an editor account, which can then sign in", async ({ page, browser }) => {
  const form = page.getByRole("region", { name: "New account" });
  await form.getByLabel("Name").fill("Nadia Editor");
  await form.getByLabel("Email address").fill("nadia@e2e.test");
  await form.getByLabel("Role").selectOption({ label: "Editor" });
  await form.getByLabel("Initial password").fill("short");
  await form.getByLabel("Repeat the password").fill("short");
  await form.getByRole("button", { name: "Create the account" }).click();
  await expect(form.getByRole("alert")).toContainText("Initial password: The password must have at least 10 characters.");
  await expect(form.getByLabel("Name")).toHaveValue("Nadia Editor");

  await form.getByLabel("Initial password").fill("nadia's long password");
  await form.getByLabel("Repeat the password").fill("nadia's long password");
  await form.getByRole("button", { name: "Create the account" }).click();
  await expect(form.getByRole("status")).toContainText("The account is created.");
  const row = page.getByRole("row", { name: /Nadia Editor/ });
  await expect(row.getByRole("combobox", { name: "Role of Nadia Editor" })).toHaveValue("EDITOR");

  await form.getByLabel("Name").fill("Nadia Again");
  await form.getByLabel("Email address").fill("NADIA@e2e.test");
  await form.getByLabel("Initial password").fill("nadia's long password");
  await form.getByLabel("Repeat the password").fill("nadia's long password");
  await form.getByRole("button", { name: "Create the account" }).click();
  await expect(form.getByRole("alert")).toContainText("Email address: An account already uses this email address.");

  const other = await browser.newPage();
  await signIn(other, { name: "Nadia Editor", email: "nadia@e2e.test", password: "nadia's long password", role: "EDITOR" });
  await expect(other.getByRole("banner").getByText("Editor", { exact: true })).toBeVisible();
  await other.close();
});

test("an admin changes a role, which applies at once", async ({ page, browser }) => {
  const other = await browser.newPage();
  await signIn(other, accounts.promoted);
  await expect(other.getByRole("banner").getByText("Viewer", { exact: true })).toBeVisible();

  const row = page.getByRole("row", { name: new RegExp(accounts.promoted.name) });
  await row.getByRole("combobox", { name: `Role of ${accounts.promoted.name}` }).selectOption("EDITOR");
  await row.getByRole("button", { name: `Change the role of ${accounts.promoted.name}` }).click();
  await expect(row.getByRole("status")).toHaveText("Saved.");

  await other.reload();
  await expect(other.getByRole("banner").getByText("Editor", { exact: true })).toBeVisible();
  await other.close();
});

test("the last admin cannot take away their own admin role", async ({ page }) => {
  const row = page.getByRole("row", { name: new RegExp(accounts.admin.name) });
  await row.getByRole("combobox", { name: `Role of ${accounts.admin.name}` }).selectOption("VIEWER");
  await row.getByRole("button", { name: `Change the role of ${accounts.admin.name}` }).click();
  await expect(row.getByRole("status")).toContainText("This is the last administrator");
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(accounts.admin.name) }).getByRole("combobox")).toHaveValue("ADMIN");
});
