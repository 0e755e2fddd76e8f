// Adding and editing agreements through the forms, as an editor: every kind of field, each rule's message,
// input kept on errors, the duplicate warning, two editors at once, archive with undo, history and restore.
import { expect, test, type Page } from "@playwright/test";
import { accounts, signIn, writesURL } from "./fixtures/accounts";
import { chooseParty, errorSummary, fillBasics, fillSource, openAgreementForm, pickSuggestion, section } from "./fixtures/agreement-form";

// These tests add and change records: they run on their own copy of the database.
test.use({ baseURL: writesURL });

test.describe.configure({ timeout: 60_000 });

async function createBasic(page: Page, title: string, parties = ["Morocco", "Spain"]) {
  await openAgreementForm(page, "/agreements/new");
  await fillBasics(page, { title, parties, signedOn: "2019-02-13" });
  await page.getByRole("button", { name: "Create the agreement" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The agreement is created." })).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

test("an editor creates an agreement with every kind of field, found in the table and on its page", async ({ page }) => {
  await signIn(page, accounts.editor);
  await page.goto("/agreements");
  await page.getByRole("link", { name: "New agreement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New agreement" })).toBeVisible();
  await openAgreementForm(page, "/agreements/new");

  await fillBasics(page, {
    title: "Accord de coopération technique en matière de guerre des mines",
    language: "fr",
    titleEn: "Technical cooperation agreement on mine warfare",
    form: "Agreement",
    status: "In force",
    signedOn: "2022-07-18",
    parties: ["Morocco", "France"],
  });
  const titles = section(page, "Titles");
  await titles.getByLabel("Title in French").fill("Accord de coopération technique en matière de guerre des mines");
  await titles.getByLabel("Short name").fill("Mine warfare agreement");
  const nature = section(page, "Form and status");
  await nature.getByLabel("Legal nature").selectOption({ label: "Legally binding" });
  await nature.getByLabel("Disclosure").selectOption({ label: "Summary only" });
  const dates = section(page, "Dates and place");
  await dates.getByLabel("Entry into force").fill("2022-09");
  await dates.getByLabel("City of signature").fill("Rabat");
  await dates.getByLabel("Country of signature").selectOption({ label: "Morocco" });

  const people = section(page, "Parties and signatories");
  const first = people.getByRole("group", { name: "Signatory 1" });
  await first.getByLabel("Name").fill("Abdeltif Loudyi");
  await first.getByLabel("Signed for").selectOption({ label: "Morocco" });
  await first.getByLabel("Title held, in English").fill("Minister Delegate for National Defence");
  await people.getByRole("button", { name: "Add a signatory" }).click();
  const second = people.getByRole("group", { name: "Signatory 2" });
  await second.getByLabel("Name").fill("Émilie Fontaine-Ségur");
  await second.getByLabel("Signed for").selectOption({ label: "France" });
  await second.getByLabel("Title held, in French").fill("Ambassadrice");

  const domains = section(page, "Cooperation domains");
  await domains.getByRole("checkbox", { name: "Training" }).check();
  await domains.getByLabel("Evidence for Training (quoted sentence)").fill("Les deux parties organisent des formations conjointes.");
  await domains.getByRole("button", { name: "Add a cooperation domain" }).click();
  await domains.getByLabel("Name in English").fill("Naval mine warfare");
  await domains.getByLabel("Name in French").fill("Guerre des mines navales");
  await domains.getByLabel("Name in Arabic (optional)").fill("حرب الألغام البحرية");
  await domains.getByRole("button", { name: "Add this domain" }).click();
  await expect(domains.getByRole("checkbox", { name: "Naval mine warfare" })).toBeChecked();

  await pickSuggestion(
    page,
    section(page, "Visit").getByRole("combobox", { name: "Visit during which it was signed" }),
    "gantz",
    /Benjamin Gantz/,
  );
  // The field shows the visit picked, by name and dates, not its address.
  const visitField = section(page, "Visit").getByRole("combobox", { name: "Visit during which it was signed" });
  await expect(visitField).toHaveValue(/^Benjamin Gantz — Morocco/);
  await expect(section(page, "Visit")).toContainText("23–24 November 2021");
  const link = section(page, "Related agreements").getByRole("group", { name: "Link 1" });
  await link.getByLabel("This agreement…").selectOption({ label: "Supplements" });
  await pickSuggestion(
    page,
    link.getByRole("combobox", { name: "Other agreement" }),
    "defence memorandum",
    /Memorandum of understanding in the field of defence/,
  );
  await link.getByLabel("Note on the link").fill("Its training chapter is carried out under this one.");
  const source = section(page, "Sources").getByRole("group", { name: "Source 1" });
  await source.getByLabel("Publisher").fill("Forces Armées Royales");
  await source.getByLabel("Title").fill("Communiqué sur la guerre des mines");
  await source.getByLabel("Language").fill("fr");
  await source.getByLabel("Date of publication").fill("2022-07-19");
  await source.getByLabel("Address (URL)").fill("https://far.example.ma/communique-2022");
  await source.getByLabel("Excerpt").fill("Un accord de coopération technique a été signé.");
  const texts = section(page, "Summary and notes");
  await texts.getByLabel("Summary in English").fill("Joint training and exercises in naval mine warfare.");
  await texts.getByLabel("Notes", { exact: true }).fill("Check the date of entry into force.");
  // The notes' language starts as the editor's: the record's pages in other languages mark the notes with it.
  await expect(texts.getByLabel("Language of the notes")).toHaveValue("en");

  await page.getByRole("button", { name: "Create the agreement" }).click();
  await expect(page).toHaveURL(/\/agreements\/mine-warfare-agreement-2022\?created=1$/);
  await expect(page.getByRole("status").filter({ hasText: "The agreement is created." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Technical cooperation agreement on mine warfare");
  const parties = page.getByRole("region", { name: "Parties and signatories" });
  await expect(parties.getByText("Émilie Fontaine-Ségur")).toBeVisible();
  const domainCard = page.getByRole("region", { name: "Cooperation domains" });
  await expect(domainCard.getByText("Naval mine warfare")).toBeVisible();
  await expect(domainCard.getByText("Les deux parties organisent des formations conjointes.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Signed during" }).getByText(/Benjamin Gantz/)).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Related agreements" })
      .getByRole("link", { name: /Memorandum of understanding in the field of defence/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Related agreements" }).locator("p > [lang='en']", { hasText: "Its training chapter" }),
  ).toHaveText("Its training chapter is carried out under this one.");
  await expect(page.getByRole("region", { name: "Sources" }).getByText("Communiqué sur la guerre des mines")).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Version 1: Created by Test Editor");

  // Search ignores accents: the signatory's name typed without them finds it.
  await page.goto("/agreements?q=fontaine segur");
  await expect(page.getByRole("link", { name: "Technical cooperation agreement on mine warfare" })).toBeVisible();
  await page.goto("/agreements?domain=naval-mine-warfare");
  await expect(page.getByRole("link", { name: "Technical cooperation agreement on mine warfare" })).toBeVisible();
});

test("each rule has its message, next to its field and in the summary, and the input is kept", async ({ page }) => {
  await signIn(page, accounts.editor);
  await openAgreementForm(page, "/agreements/new");
  await page.getByRole("button", { name: "Create the agreement" }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  for (const message of [
    "Title in the language of the text: This field is required.",
    "Form: This field is required.",
    "Status: This field is required.",
    "Parties: Choose at least two parties.",
  ]) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }

  await fillBasics(page, { title: "Rules test agreement", parties: ["Morocco"], signedOn: "2021-02-30", source: false });
  const dates = section(page, "Dates and place");
  await dates.getByLabel("Entry into force").fill("1700");
  const signatory = section(page, "Parties and signatories").getByRole("group", { name: "Signatory 1" });
  await signatory.getByLabel("Name").fill("Someone");
  await signatory.getByLabel("Signed for").selectOption({ label: "Japan" });
  const source = section(page, "Sources").getByRole("group", { name: "Source 1" });
  await source.getByLabel("Publisher").fill("A publisher");
  await source.getByLabel("Address (URL)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Create the agreement" }).click();
  for (const message of [
    "Parties: Choose at least two parties.",
    "Date of signature: Write the date as YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day.",
    "Entry into force: The year must be between 1800 and ten years from now.",
    "Signatory 1 – Signed for: A signatory signs for one of the parties.",
    "Source 1 – Title: This field is required.",
    "Source 1 – Address (URL): Enter an address starting with http:// or https://.",
  ]) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }
  await summary.getByRole("link", { name: /^Signatory 1 – Signed for/ }).click();
  await expect(signatory.getByLabel("Signed for")).toBeFocused();
  await expect(signatory.getByLabel("Signed for")).toHaveAttribute("aria-invalid", "true");

  // Fixed in the browser, the rest is checked by the server: a visit that does not exist, dates in the wrong order.
  await chooseParty(page, "Japan");
  await dates.getByLabel("Date of signature").fill("2021-02-20");
  await dates.getByLabel("Entry into force").fill("2021-01");
  await source.getByLabel("Title").fill("A title");
  await source.getByLabel("Language").fill("en");
  await source.getByLabel("Address (URL)").fill("https://example.org/a");
  await page.getByRole("button", { name: "Create the agreement" }).click();
  await expect(summary.getByRole("link", { name: "Entry into force: Entry into force cannot be before signature." })).toBeVisible();
  await dates.getByLabel("Entry into force").fill("2021-03");
  await dates.getByLabel("End date").fill("2021-02");
  await page.getByRole("button", { name: "Create the agreement" }).click();
  await expect(
    summary.getByRole("link", { name: "End date: The end cannot be before the entry into force or the signature." }),
  ).toBeVisible();
  await dates.getByLabel("Entry into force").fill("");
  await dates.getByLabel("End date").fill("");
  await section(page, "Visit").getByRole("combobox", { name: "Visit during which it was signed" }).fill("a-visit-that-does-not-exist");
  await page.getByRole("button", { name: "Create the agreement" }).click();
  await expect(
    summary.getByRole("link", { name: "Visit during which it was signed: No visit has this address: pick one from the suggestions." }),
  ).toBeVisible();
  // Everything typed is still there, rows included.
  await expect(section(page, "Titles").getByLabel("Title in the language of the text")).toHaveValue("Rules test agreement");
  await expect(signatory.getByLabel("Name")).toHaveValue("Someone");
  await expect(source.getByLabel("Publisher")).toHaveValue("A publisher");
  await expect(section(page, "Parties and signatories").getByRole("checkbox", { name: "Japan", exact: true })).toBeChecked();
});

test("a possible duplicate is pointed out with a link, and saved only when the editor says it differs", async ({ page }) => {
  await signIn(page, accounts.editor);
  await createBasic(page, "Agreement on cooperation in the field of civil protection", ["Morocco", "Portugal"]);
  await openAgreementForm(page, "/agreements/new");
  await fillBasics(page, { title: "Agreement on civil protection cooperation", parties: ["Portugal", "Morocco"], signedOn: "2019-02-13" });
  await page.getByRole("button", { name: "Create the agreement" }).click();
  const notice = page.getByRole("region", { name: "This may already be recorded" });
  await expect(notice.getByRole("link", { name: "Agreement on cooperation in the field of civil protection" })).toHaveAttribute(
    "href",
    "/agreements/agreement-on-cooperation-in-the-field-of-civil-protection-2019",
  );
  await notice.getByRole("checkbox", { name: "This is a different agreement: save it anyway" }).check();
  await page.getByRole("button", { name: "Create the agreement" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The agreement is created." })).toBeVisible();
});

test("two editors at once: the later save does not overwrite, shows what changed, and keeps its input", async ({ browser }) => {
  const [first, second] = [await browser.newPage(), await browser.newPage()];
  await signIn(first, accounts.editor);
  await signIn(second, accounts.admin);
  const address = await createBasic(first, "Agreement on cooperation in the field of military health", ["Morocco", "Senegal"]);
  await openAgreementForm(first, `${address}/edit`);
  await openAgreementForm(second, `${address}/edit`);

  await section(first, "Form and status").getByLabel("Status (required)", { exact: true }).selectOption({ label: "In force" });
  await first.getByRole("button", { name: "Save the changes" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();

  await section(second, "Summary and notes").getByLabel("Notes", { exact: true }).fill("My note, written meanwhile.");
  await second.getByRole("button", { name: "Save the changes" }).click();
  const conflict = second.getByRole("region", { name: "Someone else saved this agreement after you opened it" });
  await expect(conflict).toContainText("Status");
  await expect(conflict).toContainText("In force");
  await expect(section(second, "Summary and notes").getByLabel("Notes", { exact: true })).toHaveValue("My note, written meanwhile.");
  // The summary's item is a link to the notice that says what changed.
  await errorSummary(second).getByRole("link", { name: "Someone else saved this agreement after you opened it: see below." }).click();
  await expect(conflict).toBeFocused();

  // Having seen it, the second editor takes the other change in and saves again.
  await section(second, "Form and status").getByLabel("Status (required)", { exact: true }).selectOption({ label: "In force" });
  await second.getByRole("button", { name: "Save the changes" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();
  await expect(second.getByRole("region", { name: "Overview" })).toContainText("In force");
  await expect(second.getByRole("region", { name: "Overview" })).toContainText("My note, written meanwhile.");
  await first.close();
  await second.close();
});

test("archive after confirming, undo at once, archive again, then restore from the archived list", async ({ page }) => {
  await signIn(page, accounts.editor);
  const address = await createBasic(page, "Agreement on the exchange of military cartography", ["Morocco", "Tunisia"]);
  const slug = address.split("/").pop()!;
  await page.getByText("Archive…").click();
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tick the box to confirm." })).toBeVisible();
  await page.getByRole("checkbox", { name: "Yes, archive this agreement" }).check();
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The agreement is archived." })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The agreement is restored." })).toBeVisible();

  await page.getByText("Archive…").click();
  await page.getByRole("checkbox", { name: "Yes, archive this agreement" }).check();
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "The agreement is archived." })).toBeVisible();
  // Gone from the table and the API…
  await page.goto("/agreements?q=cartography");
  await expect(page.getByRole("link", { name: "Agreement on the exchange of military cartography" })).toHaveCount(0);
  expect((await (await page.request.get("/api/agreements?q=cartography")).json()).total).toBe(0);
  // …and listed for editors, who restore it.
  await page.getByRole("link", { name: "Archived agreements" }).click();
  await page.getByRole("button", { name: "Restore Agreement on the exchange of military cartography" }).click();
  await expect(page).toHaveURL(new RegExp(`/agreements/${slug}\\?restored=1$`));
  await page.goto("/agreements?q=cartography");
  await expect(page.getByRole("link", { name: "Agreement on the exchange of military cartography" })).toBeVisible();
});

test("the history lists each change, and an earlier version can be brought back", async ({ page }) => {
  await signIn(page, accounts.editor);
  const address = await createBasic(page, "Agreement on cooperation in meteorology for defence", ["Morocco", "Chile"]);
  await openAgreementForm(page, `${address}/edit`);
  await section(page, "Titles").getByLabel("Title in the language of the text").fill("Agreement on defence meteorology");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agreement on defence meteorology");
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Version 2: Edited by Test Editor");
  await expect(history).toContainText("Agreement on cooperation in meteorology for defence");

  page.once("dialog", (dialog) => dialog.accept());
  await history.getByRole("button", { name: "Bring back version 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 1 is brought back, as a new version." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agreement on cooperation in meteorology for defence");
  await expect(history).toContainText("Version 3: Brought back version 1 by Test Editor");
});

test("leaving the form with unsaved changes asks first", async ({ page }) => {
  await signIn(page, accounts.editor);
  await openAgreementForm(page, "/agreements/new");
  await section(page, "Titles").getByLabel("Title in the language of the text").fill("Half-written");
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole("banner").getByRole("link", { name: "Visits" }).click();
  expect(asked).toContain("unsaved changes");
  await expect(page).toHaveURL(/\/agreements\/new$/);
});

test("viewers get no edit control, and the forms refuse them", async ({ page }) => {
  await signIn(page, accounts.viewer);
  await page.goto("/agreements/ma-il-defence-mou-2021");
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByText("Archive…")).toHaveCount(0);
  await page.goto("/agreements");
  await expect(page.getByRole("link", { name: "New agreement" })).toHaveCount(0);
  expect((await page.goto("/agreements/new"))?.status()).toBe(403);
  expect((await page.goto("/agreements/ma-il-defence-mou-2021/edit"))?.status()).toBe(403);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an agreement is created with a plain form post, and errors come back with the input", async ({ page }) => {
    await signIn(page, accounts.editor);
    await page.goto("/agreements/new");
    const titles = section(page, "Titles");
    await titles.getByLabel("Title in the language of the text").fill("Agreement on military archives");
    await section(page, "Form and status").getByLabel("Form (required)", { exact: true }).selectOption({ label: "Agreement" });
    await section(page, "Parties and signatories").getByRole("checkbox", { name: "Morocco", exact: true }).check();
    await page.getByRole("button", { name: "Create the agreement" }).click();
    const summary = errorSummary(page);
    await expect(summary).toContainText("Status: This field is required.");
    await expect(summary).toContainText("Parties: Choose at least two parties.");
    await expect(titles.getByLabel("Title in the language of the text")).toHaveValue("Agreement on military archives");
    await section(page, "Form and status").getByLabel("Status (required)", { exact: true }).selectOption({ label: "Signed" });
    await section(page, "Parties and signatories").getByRole("checkbox", { name: "Egypt", exact: true }).check();
    // A refusal sends the form back with its blank rows; none is added to them.
    await expect(section(page, "Sources").getByRole("group", { name: /^Source \d/ })).toHaveCount(1);
    await page.getByRole("button", { name: "Create the agreement" }).click();
    await expect(
      summary.getByRole("link", { name: "Sources: Cite at least one source: a new record says where its facts come from." }),
    ).toBeVisible();
    await expect(summary).not.toContainText("Some fields need correcting");
    await expect(section(page, "Sources").getByRole("group", { name: /^Source \d/ })).toHaveCount(1);
    await expect(section(page, "Parties and signatories").getByRole("group", { name: /^Signatory/ })).toHaveCount(1);
    await fillSource(page);
    await page.getByRole("button", { name: "Create the agreement" }).click();
    await expect(page).toHaveURL(/\/agreements\/agreement-on-military-archives\?created=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agreement on military archives");
  });
});

test("a refusal by the server adds no row to the lists: signatories, links and sources stay as they were", async ({ page }) => {
  await signIn(page, accounts.editor);
  await openAgreementForm(page, "/agreements/new");
  await section(page, "Titles").getByLabel("Title in the language of the text").fill("Agreement on naval hydrography");
  await section(page, "Form and status").getByLabel("Form (required)", { exact: true }).selectOption({ label: "Agreement" });
  await section(page, "Form and status").getByLabel("Status (required)", { exact: true }).selectOption({ label: "Signed" });
  const parties = section(page, "Parties and signatories");
  await parties.getByRole("checkbox", { name: "Morocco", exact: true }).check();
  await parties.getByRole("checkbox", { name: "Chile", exact: true }).check();
  const rows = async () => ({
    signatories: await parties.getByRole("group", { name: /^Signatory \d/ }).count(),
    links: await section(page, "Related agreements")
      .getByRole("group", { name: /^Link \d/ })
      .count(),
    sources: await section(page, "Sources")
      .getByRole("group", { name: /^Source \d/ })
      .count(),
  });
  const before = await rows();
  // The form's own checks pass; the server refuses (a new record cites a source), twice.
  for (const attempt of [1, 2]) {
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Create the agreement" }).click();
    await answered;
    // The button says "Saving…" until the refusal is drawn: the same summary from the refusal before would pass
    // the checks below early, and the form, drawn again afterwards, would drop what is typed next.
    await expect(page.getByRole("button", { name: "Create the agreement" })).toBeVisible();
    const refusal = errorSummary(page).getByRole("link", {
      name: "Sources: Cite at least one source: a new record says where its facts come from.",
    });
    await expect(refusal, `refusal ${attempt}`).toBeVisible();
    await expect.poll(rows, `rows after refusal ${attempt}`).toEqual(before);
  }
  await fillSource(page);
  await page.getByRole("button", { name: "Create the agreement" }).click();
  await expect(page).toHaveURL(/\/agreements\/agreement-on-naval-hydrography\?created=1$/);
});

test("the history names states and dates as a reader does, and shows the words a long text changed", async ({ page }) => {
  await signIn(page, accounts.editor);
  const address = await createBasic(page, "Agreement on hydrographic cooperation", ["Morocco", "Chile"]);
  const first = "The parties will exchange hydrographic surveys of their coasts and train officers at each other's schools.";
  const second = "The parties will exchange hydrographic surveys of their ports and train officers at each other's schools.";
  for (const summary of [first, second]) {
    await openAgreementForm(page, `${address}/edit`);
    await section(page, "Summary and notes").getByLabel("Summary in English").fill(summary);
    await page.getByRole("button", { name: "Save the changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your changes are saved." })).toBeVisible();
  }
  const history = page.getByRole("region", { name: "History" });
  const created = history.getByRole("listitem").filter({ hasText: "Version 1: Created by Test Editor" });
  await expect(created).toContainText("Morocco");
  await expect(created).toContainText("Chile");
  await expect(created).toContainText("13 February 2019");
  await expect(created).not.toContainText("2019-02-13");
  await expect(created).not.toContainText(/\bMA\b/);
  await expect(created).not.toContainText("not archived");
  // One word changed: the rest of the summary is not repeated as deleted and inserted.
  const edited = history.getByRole("listitem").filter({ hasText: "Version 3: Edited by Test Editor" });
  await expect(edited.locator("del")).toHaveText(["coasts"]);
  await expect(edited.locator("ins")).toHaveText(["ports"]);
  await expect(edited).toContainText("hydrographic surveys of their");
});

test("required fields say so in words, and a status the dates contradict is pointed out", async ({ page }) => {
  await signIn(page, accounts.editor);
  await openAgreementForm(page, "/agreements/new");
  await expect(section(page, "Titles").getByLabel("Title in the language of the text (required)")).toBeVisible();
  await expect(section(page, "Form and status").getByLabel("Form (required)", { exact: true })).toBeVisible();
  await expect(section(page, "Parties and signatories").getByRole("group", { name: "Parties (required)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources (required)" })).toBeVisible();
  // Each section's name is shown once, as its heading.
  await expect(section(page, "Sources").getByText("Sources", { exact: true })).toHaveCount(1);

  const nature = section(page, "Form and status");
  const warning = nature.getByRole("status");
  await nature.getByLabel("Status (required)", { exact: true }).selectOption({ label: "Signed" });
  await section(page, "Dates and place").getByLabel("Entry into force").fill("2020-05");
  await expect(warning).toHaveText("The entry into force is past, yet the status says “Signed”: check the status.");
  await nature.getByLabel("Status (required)", { exact: true }).selectOption({ label: "In force" });
  await expect(warning).toHaveText("");

  await openAgreementForm(page, "/agreements/ma-il-defence-mou-2021/edit");
  await expect(page.getByRole("heading", { name: "Sources", exact: true })).toBeVisible();
});

test("a reader sent to sign in from a form's address is told why", async ({ page }) => {
  await page.goto("/agreements/new");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fagreements%2Fnew$/);
  await expect(page.getByText("That page adds or changes records: sign in with an editor’s account to open it.")).toBeVisible();
});
