// Adding and editing official visits, as an editor: the official, meetings, the agreements signed during it,
// sources; each rule's message; archive with undo; history and restore; without JavaScript too.
import { expect, test, type Page } from "@playwright/test";
import { accounts, signIn, writesURL } from "./fixtures/accounts";
import { errorSummary, fillSource, pickSuggestion, section } from "./fixtures/agreement-form";

// These tests add and change records: they run on their own copy of the database.
test.use({ baseURL: writesURL });

test.describe.configure({ timeout: 60_000 });

async function openVisitForm(page: Page, path: string) {
  await page.goto(path);
  await page.locator('form[data-hydrated="true"]:has(input[name="visitorName"])').waitFor();
}

async function fillVisit(
  page: Page,
  { name, from, host, start, end }: { name: string; from: string; host: string; start: string; end: string },
) {
  const official = section(page, "The visiting official");
  await official.getByLabel("Name (required)", { exact: true }).fill(name);
  await official.getByLabel("Country of the official").selectOption({ label: from });
  const where = section(page, "Where and when");
  await where.getByLabel("Host country").selectOption({ label: host });
  await where.getByLabel("First day").fill(start);
  await where.getByLabel("Last day").fill(end);
  await where.getByLabel("Kind of visit").selectOption({ label: "Official visit" });
  await fillSource(page);
}

test("an editor records a visit with its meetings, the agreement signed during it and a source", async ({ page }) => {
  await signIn(page, accounts.editor);
  await page.goto("/visits");
  await page.getByRole("link", { name: "New visit" }).click();
  await openVisitForm(page, "/visits/new");
  await fillVisit(page, { name: "Ingrid Halvorsen", from: "Norway", host: "Morocco", start: "2024-04-08", end: "2024-04-10" });
  const official = section(page, "The visiting official");
  await official.getByLabel("Title in English").fill("Minister of Defence");
  await section(page, "Where and when").getByLabel("City").fill("Rabat");
  const meetings = section(page, "Meetings");
  const first = meetings.getByRole("group", { name: "Meeting 1" });
  await first.getByLabel("Counterpart", { exact: true }).fill("Abdeltif Loudyi");
  await first.getByLabel("Counterpart's country").selectOption({ label: "Morocco" });
  await first.getByLabel("What was discussed, in English").fill("Naval cooperation and joint exercises.");
  await meetings.getByRole("button", { name: "Add a meeting" }).click();
  await meetings
    .getByRole("group", { name: "Meeting 2" })
    .getByLabel("Counterpart's title in English")
    .fill("Inspector General of the Royal Armed Forces");
  await pickSuggestion(
    page,
    section(page, "Agreements signed during the visit").getByRole("combobox", { name: "Agreement 1" }),
    "cybersecurity",
    /cooperation in cybersecurity/,
  );
  const source = section(page, "Sources").getByRole("group", { name: "Source 1" });
  await source.getByLabel("Publisher").fill("Norwegian Ministry of Defence");
  await source.getByLabel("Title").fill("Minister visits Morocco");
  await source.getByLabel("Language").fill("en");
  await source.getByLabel("Address (URL)").fill("https://example.no/visit");
  await page.getByRole("button", { name: "Create the visit" }).click();

  await expect(page).toHaveURL(/\/visits\/2024-04-halvorsen-morocco\?created=1$/);
  await expect(page.getByRole("status").filter({ hasText: "The visit is created." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Meetings" })).toContainText("Abdeltif Loudyi");
  await expect(page.getByRole("region", { name: "Meetings" })).toContainText("Inspector General of the Royal Armed Forces");
  await expect(
    page.getByRole("region", { name: "Agreements signed" }).getByRole("link", { name: /cooperation in cybersecurity/ }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Version 1: Created by Test Editor");
  // The agreement now names the visit, and says so in its own history.
  await page
    .getByRole("region", { name: "Agreements signed" })
    .getByRole("link", { name: /cooperation in cybersecurity/ })
    .click();
  await expect(page.getByRole("region", { name: "Signed during" })).toContainText("Ingrid Halvorsen");
});

test("each rule of the visit form has its message, and the input is kept", async ({ page }) => {
  await signIn(page, accounts.editor);
  await openVisitForm(page, "/visits/new");
  await page.getByRole("button", { name: "Create the visit" }).click();
  const summary = errorSummary(page);
  for (const message of [
    "Name: This field is required.",
    "Country of the official: This field is required.",
    "Host country: This field is required.",
    "Kind of visit: This field is required.",
  ]) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }
  await fillVisit(page, { name: "Rules Tester", from: "Morocco", host: "Morocco", start: "2024-05-10", end: "2024-05-09" });
  await section(page, "Meetings").getByRole("group", { name: "Meeting 1" }).getByLabel("What was discussed, in English").fill("Something");
  await page.getByRole("button", { name: "Create the visit" }).click();
  for (const message of [
    "Host country: The host country must differ from the official's country.",
    "Last day: The last day cannot be before the first.",
    "Meeting 1 – Counterpart: Give the counterpart's name or title.",
  ]) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }
  await expect(section(page, "The visiting official").getByLabel("Name (required)", { exact: true })).toHaveValue("Rules Tester");
});

test("a refusal by the server adds no row to the lists: meetings, agreements and sources stay as they were", async ({ page }) => {
  await signIn(page, accounts.editor);
  await openVisitForm(page, "/visits/new");
  const official = section(page, "The visiting official");
  await official.getByLabel("Name (required)", { exact: true }).fill("Row Counter");
  await official.getByLabel("Country of the official").selectOption({ label: "Chile" });
  const where = section(page, "Where and when");
  await where.getByLabel("Host country").selectOption({ label: "Morocco" });
  await where.getByLabel("Kind of visit").selectOption({ label: "Official visit" });
  const rows = async () => ({
    meetings: await section(page, "Meetings")
      .getByRole("group", { name: /^Meeting \d/ })
      .count(),
    agreements: await section(page, "Agreements signed during the visit")
      .getByRole("combobox", { name: /^Agreement \d/ })
      .count(),
    sources: await section(page, "Sources")
      .getByRole("group", { name: /^Source \d/ })
      .count(),
  });
  const before = await rows();
  // The form's own checks pass; the server refuses (a new record cites a source), twice.
  for (const attempt of [1, 2]) {
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Create the visit" }).click();
    await answered;
    // The button says "Saving…" until the refusal is drawn: the same summary from the refusal before would pass
    // the checks below early, and the form, drawn again afterwards, would drop what is typed next.
    await expect(page.getByRole("button", { name: "Create the visit" })).toBeVisible();
    await expect(errorSummary(page).getByRole("link", { name: /^Sources: Cite at least one source/ }), `refusal ${attempt}`).toBeVisible();
    await expect.poll(rows, `rows after refusal ${attempt}`).toEqual(before);
  }
});

test("archive with undo, then restore from the archived visits; history and bringing back a version", async ({ page }) => {
  await signIn(page, accounts.editor);
  await openVisitForm(page, "/visits/new");
  await fillVisit(page, { name: "Tomasz Wrona", from: "Poland", host: "Egypt", start: "2023-09-04", end: "2023-09-05" });
  await page.getByRole("button", { name: "Create the visit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The visit is created." })).toBeVisible();
  const address = page.url().replace(/\?.*$/, "");

  await openVisitForm(page, `${address}/edit`);
  await section(page, "Where and when").getByLabel("City").fill("Cairo");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Version 2: Edited by Test Editor");
  await expect(history).toContainText("Cairo");

  page.once("dialog", (dialog) => dialog.accept());
  await history.getByRole("button", { name: "Bring back version 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 1 is brought back" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Overview" })).not.toContainText("Cairo");

  await page.getByText("Archive…").click();
  await page.getByRole("checkbox", { name: "Yes, archive this visit" }).check();
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The visit is archived." })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The visit is restored." })).toBeVisible();

  await page.getByText("Archive…").click();
  await page.getByRole("checkbox", { name: "Yes, archive this visit" }).check();
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  // Leaving before the action answers would race it (on PostgreSQL the list came back with the visit still in it).
  await expect(page.getByRole("status").filter({ hasText: "The visit is archived." })).toBeVisible();
  await page.goto("/visits");
  await expect(page.getByRole("link", { name: /Tomasz Wrona/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Archived visits" }).click();
  await page.getByRole("button", { name: /Restore Tomasz Wrona/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "The visit is restored." })).toBeVisible();
});

test("two editors at once on a visit: the later save is refused, shows what changed and keeps its input", async ({ browser }) => {
  const [first, second] = [await browser.newPage(), await browser.newPage()];
  await signIn(first, accounts.editor);
  await signIn(second, accounts.admin);
  await openVisitForm(first, "/visits/new");
  await fillVisit(first, { name: "Aiko Tanaka", from: "Japan", host: "Morocco", start: "2020-01-20", end: "2020-01-21" });
  await first.getByRole("button", { name: "Create the visit" }).click();
  await expect(first.getByRole("status").filter({ hasText: "The visit is created." })).toBeVisible();
  const address = first.url().replace(/\?.*$/, "");
  await openVisitForm(first, `${address}/edit`);
  await openVisitForm(second, `${address}/edit`);
  await section(first, "Where and when").getByLabel("City").fill("Marrakesh");
  await first.getByRole("button", { name: "Save the changes" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();

  await section(second, "Summary and notes").getByLabel("Notes", { exact: true }).fill("Seen in the press.");
  await second.getByRole("button", { name: "Save the changes" }).click();
  const conflict = second.getByRole("region", { name: "Someone else saved this visit after you opened it" });
  await expect(conflict).toContainText("City");
  await expect(conflict).toContainText("Marrakesh");
  await expect(section(second, "Summary and notes").getByLabel("Notes", { exact: true })).toHaveValue("Seen in the press.");
  await first.close();
  await second.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visit is recorded with a plain form post", async ({ page }) => {
    await signIn(page, accounts.editor);
    await page.goto("/visits/new");
    await fillVisit(page, { name: "Kofi Mensah", from: "Ghana", host: "Morocco", start: "2022-02", end: "2022-02" });
    await page.getByRole("button", { name: "Create the visit" }).click();
    await expect(page).toHaveURL(/\/visits\/2022-02-mensah-morocco\?created=1$/);
  });
});

test("viewers get no visit edit control, and the visit forms refuse them", async ({ page }) => {
  await signIn(page, accounts.viewer);
  await page.goto("/visits/2021-11-gantz-morocco");
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  expect((await page.goto("/visits/new"))?.status()).toBe(403);
  expect((await page.goto("/visits/2021-11-gantz-morocco/edit"))?.status()).toBe(403);
});
