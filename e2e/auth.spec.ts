// Signing in and out, what each role sees, changing one's password, and the limit on failed sign-ins.
import { expect, test } from "@playwright/test";
import { accounts, signIn } from "./fixtures/accounts";
import { serverActions } from "./fixtures/build-manifest";
import { callAction } from "./fixtures/call-action";

test("an editor signs in, is shown as signed in with their role, and signs out", async ({ page }) => {
  await page.goto("/agreements");
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Email address").fill(accounts.editor.email.toUpperCase());
  await page.getByLabel("Password").fill(accounts.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: accounts.editor.name })).toBeVisible();
  await expect(banner.getByText("Editor", { exact: true })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Accounts" })).toHaveCount(0);
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name.endsWith("session_token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  await banner.getByRole("button", { name: "Sign out" }).click();
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(banner.getByRole("link", { name: accounts.editor.name })).toHaveCount(0);
});

test("signing in from a page brings the reader back to it", async ({ page }) => {
  await page.goto("/sign-in?next=%2Fvisits");
  await page.getByLabel("Email address").fill(accounts.viewer.email);
  await page.getByLabel("Password").fill(accounts.viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/visits$/);
});

test("a wrong password gets a clear message and keeps the email address", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(accounts.mistaken.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("The email address or the password is wrong.");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Email address")).toHaveValue(accounts.mistaken.email);
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("missing fields are named in the error summary, which links to them", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Email address: This field is required." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Password: This field is required." })).toBeVisible();
  await summary.getByRole("link", { name: /^Email address/ }).click();
  await expect(page.getByLabel("Email address")).toBeFocused();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
});

test("after five failed sign-ins the account must wait, even with the right password", async ({ page }) => {
  await page.goto("/sign-in");
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email address").fill(accounts.throttled.email);
    await page.getByLabel("Password").fill(`wrong guess ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(summary).toContainText("The email address or the password is wrong.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill(accounts.throttled.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(summary).toContainText(/Too many failed sign-ins for this account\. Try again in 1[45] minutes\./);
  await expect(page.getByRole("banner").getByRole("link", { name: accounts.throttled.name })).toHaveCount(0);
});

test("a signed-in user changes their password and signs in with the new one", async ({ page }) => {
  const account = accounts.changer;
  await signIn(page, account);
  await page.getByRole("banner").getByRole("link", { name: account.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill("a brand new passphrase");
  await page.getByLabel("Repeat the password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change the password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(
    "Current password: The current password is wrong.",
  );

  await page.getByLabel("Current password").fill(account.password);
  await page.getByLabel("New password").fill("a brand new passphrase");
  await page.getByLabel("Repeat the password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change the password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed." })).toBeVisible();

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await signIn(page, { ...account, password: "a brand new passphrase" });
});

test("a viewer cannot open the accounts page; an editor cannot manage users either", async ({ page }) => {
  for (const account of [accounts.viewer, accounts.editor]) {
    await signIn(page, account);
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  }
});

test("an anonymous visitor sent to the accounts page is asked to sign in, then brought back", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  await page.getByLabel("Email address").fill(accounts.admin.email);
  await page.getByLabel("Password").fill(accounts.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
});

test("over HTTPS (behind a proxy that says so) the session cookie is Secure, HttpOnly and SameSite=Lax", async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext();
  const signInAction = serverActions().find((action) => action.name === "lib/auth/actions.ts#signIn")!;
  const form = new FormData();
  form.append("email", accounts.viewer.email);
  form.append("password", accounts.viewer.password);
  // The browser, on the HTTPS page, sends the HTTPS origin; the proxy forwards over HTTP.
  const answer = await callAction(request, baseURL!, signInAction, [{ status: "idle" }, form], {
    headers: { "x-forwarded-proto": "https" },
    origin: baseURL!.replace(/^http:/, "https:"),
  });
  const cookie = answer.setCookie.find((value) => value.startsWith("__Secure-accords.session_token="));
  expect(cookie).toBeDefined();
  expect(cookie).toMatch(/; Secure/i);
  expect(cookie).toMatch(/; HttpOnly/i);
  expect(cookie).toMatch(/; SameSite=Lax/i);
  await request.dispose();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form works as a plain form post, with its errors", async ({ page }) => {
    await page.goto("/sign-in?next=%2Fdomains");
    await page.getByLabel("Email address").fill(accounts.viewer.email);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Password: This field is required.");
    await expect(page.getByLabel("Email address")).toHaveValue(accounts.viewer.email);
    await page.getByLabel("Password").fill(accounts.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/domains$/);
    await expect(page.getByRole("banner").getByRole("link", { name: accounts.viewer.name })).toBeVisible();
  });
});
