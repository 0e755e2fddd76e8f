// The outside probe's redirect and input checks, repeated: a `next` or `returnTo` that would lead to another site
// once the browser drops its tabs or reads its backslashes, control characters in them (which used to give a 500
// after the session was made), and query parameters named after an object's prototype on the table pages.
import { expect, test, type Page } from "@playwright/test";
import { accounts } from "./fixtures/accounts";
import { serverActions } from "./fixtures/build-manifest";
import { callAction } from "./fixtures/call-action";

const hostileNext = [
  "//evil.example",
  "/\\evil.example",
  "/%2F%2Fevil.example",
  "https://evil.example",
  "/%09/evil.example",
  "\t//evil.example",
  "/\t/evil.example",
];
const withControlCharacters = ["/agreements\u0000", "/visits\u0007", "/agreements\r\nSet-Cookie: x=1", "/\u001b/evil.example"];

const action = (name: string) => serverActions().find((candidate) => candidate.name === name)!;
/** The path of a server action's redirect (`x-action-redirect` is "<url>;<push|replace>"). */
const redirectPath = (redirect: string | null) => redirect?.split(";")[0] ?? null;
const homeHeading = (page: Page) => page.getByRole("heading", { level: 1, name: "Agreements between states, with their sources" });

async function expectHomeOfThisSite(page: Page, baseURL: string) {
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(homeHeading(page)).toBeVisible();
}

async function fillSignIn(page: Page) {
  await page.getByLabel("Email address").fill(accounts.viewer.email);
  await page.getByLabel("Password").fill(accounts.viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("after signing in", () => {
  for (const next of hostileNext) {
    test(`next=${JSON.stringify(next)} in the address leads to this site's home page`, async ({ page, baseURL }) => {
      const response = await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
      expect(response?.status()).toBe(200);
      await fillSignIn(page);
      await expectHomeOfThisSite(page, baseURL!);

      // Already signed in, the sign-in page sends the reader on at once: to the same place.
      await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
      await expectHomeOfThisSite(page, baseURL!);
    });
  }

  for (const next of [...hostileNext, ...withControlCharacters]) {
    test(`a forged next field ${JSON.stringify(next)} posted with the form leads to this site's home page`, async ({ page, baseURL }) => {
      await page.goto("/sign-in");
      // The hidden field has no role; it is what a forged form would change.
      await page.locator('input[type="hidden"][name="next"]').evaluate((input: HTMLInputElement, value) => {
        input.value = value;
      }, next);
      await fillSignIn(page);
      await expectHomeOfThisSite(page, baseURL!);
    });
  }

  test("next with control characters in the address gives the sign-in page, then the home page, never a 500", async ({ page, baseURL }) => {
    for (const next of withControlCharacters) {
      await page.context().clearCookies();
      const response = await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
      expect(response?.status(), JSON.stringify(next)).toBe(200);
      await fillSignIn(page);
      await expectHomeOfThisSite(page, baseURL!);
    }
  });

  test("the sign-in action, called directly with a bad next, makes the session and redirects home", async ({ playwright, baseURL }) => {
    for (const next of [...hostileNext, ...withControlCharacters]) {
      const request = await playwright.request.newContext();
      const form = new FormData();
      form.append("email", accounts.viewer.email);
      form.append("password", accounts.viewer.password);
      form.append("next", next);
      const answer = await callAction(request, baseURL!, action("lib/auth/actions.ts#signIn"), [{ status: "idle" }, form]);
      expect(answer.status, JSON.stringify(next)).toBeLessThan(500);
      expect(redirectPath(answer.redirect), JSON.stringify(next)).toBe("/");
      expect(answer.setCookie.some((cookie) => cookie.includes("session_token="))).toBe(true);
      await request.dispose();
    }
  });
});

test.describe("the language switch", () => {
  for (const returnTo of [...hostileNext, ...withControlCharacters]) {
    test(`posted with a forged returnTo ${JSON.stringify(returnTo)}, it stays on this site`, async ({ page, baseURL }) => {
      await page.goto("/visits");
      const languages = page.getByRole("form", { name: /^(Language|Langue)$/ });
      // The form has no return address of its own (the action reads the Referer): a forged one is added to it.
      await languages.evaluate((form: HTMLFormElement, value) => {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = "returnTo";
        input.value = value;
        form.append(input);
      }, returnTo);
      const other =
        (await languages.getByRole("button", { name: "English", exact: true }).getAttribute("aria-pressed")) === "true"
          ? "Français"
          : "English";
      await languages.getByRole("button", { name: other, exact: true }).click();
      await expect(page).toHaveURL(`${baseURL}/`);
      await expect(
        page.getByRole("form", { name: /^(Language|Langue)$/ }).getByRole("button", { name: other, exact: true }),
      ).toHaveAttribute("aria-pressed", "true");
    });
  }

  test("the setLocale action, called directly with a bad returnTo, redirects home and never answers 500", async ({ request, baseURL }) => {
    for (const returnTo of [...hostileNext, ...withControlCharacters]) {
      const form = new FormData();
      form.append("locale", "en");
      form.append("returnTo", returnTo);
      const answer = await callAction(request, baseURL!, action("lib/i18n/actions.ts#setLocale"), [form]);
      expect(answer.status, JSON.stringify(returnTo)).toBeLessThan(500);
      expect(redirectPath(answer.redirect), JSON.stringify(returnTo)).toBe("/");
    }
  });
});

test.describe("query parameters named after an object's prototype", () => {
  test.beforeEach(async ({ page, baseURL }) => {
    // Any cookie the page cache does not know makes the proxy render the page afresh rather than serve a copy.
    await page.context().addCookies([{ name: "probe", value: "1", url: baseURL! }]);
  });

  test("the agreements table answers 200 with its table, sorted as asked", async ({ page }) => {
    for (const query of ["__proto__=x&sort=title", "sort=title&__proto__=x", "constructor=x&toString=y&hasOwnProperty=z&sort=title"]) {
      const response = await page.goto(`/agreements?${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible();
      await expect(page.getByRole("table")).toHaveAccessibleName("Agreements, sorted by Title (ascending)");
      await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
    }
  });

  test("the visits table answers 200 with its table", async ({ page }) => {
    for (const [query, caption] of [
      ["__proto__=x", "Visits, sorted by Dates (descending)"],
      ["__proto__=x&sort=city", "Visits, sorted by City (ascending)"],
      ["constructor=x&toString=y&hasOwnProperty=z", "Visits, sorted by Dates (descending)"],
    ] as const) {
      const response = await page.goto(`/visits?${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Visits" })).toBeVisible();
      await expect(page.getByRole("table")).toHaveAccessibleName(caption);
      await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
    }
  });
});
