// The agreements table's filters, chips, search and empty state, used as a reader uses them.
import { test, type Page } from "@playwright/test";
import {
  activeFilters,
  agreementCount,
  expect,
  expectRows,
  openFilter,
  openTable,
  rowTitles,
  searchBox,
  titles,
} from "./fixtures/agreements-table";
import { agreements as seedAgreements } from "@/prisma/seed/morocco-israel";
import { unCountries } from "@/prisma/seed/countries";
import { tableRecords, visibleAgreementCount } from "./fixtures/table-records";

test.describe("filters", () => {
  test("the domain filter keeps the agreements in any of the chosen domains", async ({ page }) => {
    await openTable(page, "/agreements");
    const domains = await openFilter(page, "Cooperation domain");
    await domains.getByRole("checkbox", { name: /^Training\b/ }).check();
    await expect(page).toHaveURL(/\/agreements\?domain=training$/);
    await expectRows(page, [titles.mou, titles.treaty, titles.maritime]);
    await domains.getByRole("checkbox", { name: /^Cybersecurity\b/ }).check();
    // The chosen values come in the order of the list, so that one choice has one address whatever the order of the clicks.
    await expect(page).toHaveURL(/\/agreements\?domain=cybersecurity&domain=training$/);
    await expectRows(page, [titles.mou, titles.treaty, titles.maritime, titles.cybersecurity]);
  });

  test("the party filter, searched by name, keeps the agreements to which all the chosen states are parties", async ({ page }) => {
    await openTable(page, "/agreements");
    const parties = await openFilter(page, "Party");
    const find = parties.getByRole("searchbox", { name: "Find a state" });
    await find.fill("fra");
    await expect(parties.getByRole("checkbox", { name: "Morocco" })).toBeHidden();
    await parties.getByRole("checkbox", { name: "France" }).check();
    await expect(page).toHaveURL(/\/agreements\?party=fr$/);
    await expectRows(page, [titles.naval, titles.treaty, titles.maritime]);
    await find.fill("moro");
    await parties.getByRole("checkbox", { name: "Morocco" }).check();
    await expect(page).toHaveURL(/\/agreements\?party=fr&party=ma$/);
    await expectRows(page, [titles.naval, titles.maritime]);
  });

  test("the form filter keeps the agreements of any chosen form", async ({ page }) => {
    await openTable(page, "/agreements");
    const forms = await openFilter(page, "Form");
    await forms.getByRole("checkbox", { name: "Treaty", exact: true }).check();
    await expect(page).toHaveURL(/\/agreements\?form=TREATY$/);
    await expectRows(page, [titles.treaty]);
    await forms.getByRole("checkbox", { name: "Joint statement", exact: true }).check();
    await expect(page).toHaveURL(/\/agreements\?form=TREATY&form=JOINT_STATEMENT$/);
    await expectRows(page, [titles.naval, titles.treaty]);
  });

  test("the legal nature filter keeps the agreements of the chosen nature", async ({ page }) => {
    await openTable(page, "/agreements");
    const natures = await openFilter(page, "Legal nature");
    await natures.getByRole("checkbox", { name: "Not legally binding" }).check();
    await expect(page).toHaveURL(/\/agreements\?nature=NON_BINDING$/);
    await expectRows(page, [titles.naval]);
  });

  test("the status filter keeps the agreements of the chosen status, never an archived one", async ({ page }) => {
    await openTable(page, "/agreements");
    const statuses = await openFilter(page, "Status");
    await statuses.getByRole("checkbox", { name: "Terminated" }).check();
    await expect(page).toHaveURL(/\/agreements\?status=TERMINATED$/);
    // The archived protocol is terminated too.
    await expectRows(page, [titles.naval]);
  });

  test("the year range keeps the agreements signed between the two years, both included", async ({ page }) => {
    await openTable(page, "/agreements");
    const years = await openFilter(page, "Year of signature");
    await years.getByRole("spinbutton", { name: "From" }).fill("1999");
    await expect(page).toHaveURL(/\/agreements\?from=1999$/);
    await years.getByRole("spinbutton", { name: "To" }).fill("2010");
    await expect(page).toHaveURL(/\/agreements\?from=1999&to=2010$/);
    await expectRows(page, [titles.treaty, titles.maritime]);
  });
});

test.describe("chips", () => {
  test("each active filter shows as a chip that names it", async ({ page }) => {
    await openTable(page, "/agreements?q=defence&party=fr&nature=BINDING&from=2000");
    await expect(activeFilters(page).getByRole("link")).toHaveText([
      "Search: “defence”",
      "Party: France",
      "Legal nature: Legally binding",
      "Year of signature: from 2000",
    ]);
    await expect(activeFilters(page).getByRole("link", { name: "Remove the filter Party: France" })).toBeVisible();
    await expectRows(page, [titles.treaty]);
  });

  test("removing a chip drops that filter and keeps the others", async ({ page }) => {
    await openTable(page, "/agreements?party=fr&nature=BINDING&from=2000");
    await expectRows(page, [titles.treaty]);
    await activeFilters(page).getByRole("link", { name: "Remove the filter Year of signature: from 2000" }).click();
    await expect(page).toHaveURL(/\/agreements\?party=fr&nature=BINDING$/);
    await expect(activeFilters(page).getByRole("link")).toHaveText(["Party: France", "Legal nature: Legally binding"]);
    await expectRows(page, [titles.treaty, titles.maritime]);
  });

  test("clearing all filters shows every agreement and keeps the sort", async ({ page }) => {
    await openTable(page, "/agreements?party=fr&form=TREATY&sort=title");
    await expectRows(page, [titles.treaty]);
    await page.getByRole("link", { name: "Clear all filters" }).click();
    await expect(page).toHaveURL(/\/agreements\?sort=title$/);
    await expect(activeFilters(page)).toHaveCount(0);
    await expect(agreementCount(page)).toHaveText(`${visibleAgreementCount} agreements`);
  });
});

test.describe("domain counts", () => {
  test("each domain option counts the agreements it would match under the other filters", async ({ page }) => {
    await openTable(page, "/agreements?party=fr");
    const frenchInTraining = tableRecords.filter(
      (record) => !record.archived && record.parties.includes("FR") && record.domains.includes("training"),
    ).length;
    expect(frenchInTraining).toBe(2);
    const domains = await openFilter(page, "Cooperation domain");
    await expect(domains.getByRole("checkbox", { name: /^Training\b/ })).toHaveAccessibleName(`Training ${frenchInTraining} agreements`);
    await expect(domains.getByRole("checkbox", { name: /^Capacity building\b/ })).toHaveAccessibleName("Capacity building 1 agreement");
    await expect(domains.getByRole("checkbox", { name: /^Cybersecurity\b/ })).toHaveAccessibleName("Cybersecurity no agreement");
    await domains.getByRole("checkbox", { name: /^Training\b/ }).check();
    await expect(agreementCount(page)).toHaveText(`${frenchInTraining} agreements`);
  });

  test("without other filters, a domain option counts every agreement in it, archived ones aside", async ({ page }) => {
    await openTable(page, "/agreements");
    const domains = await openFilter(page, "Cooperation domain");
    // The MoU, the treaty and the maritime agreement; the archived protocol is in training too.
    await expect(domains.getByRole("checkbox", { name: /^Training\b/ })).toHaveAccessibleName("Training 3 agreements");
  });

  test("choosing a domain leaves the counts of the other domains as they were", async ({ page }) => {
    await openTable(page, "/agreements?party=fr&domain=training");
    const domains = await openFilter(page, "Cooperation domain");
    await expect(domains.getByRole("checkbox", { name: /^Training\b/ })).toHaveAccessibleName("Training 2 agreements");
    await expect(domains.getByRole("checkbox", { name: /^Capacity building\b/ })).toHaveAccessibleName("Capacity building 1 agreement");
  });
});

test.describe("search", () => {
  async function search(page: Page, text: string) {
    await searchBox(page).fill(text);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text).replace(/%20/g, "\\+")}(&|$)`));
  }

  test.beforeEach(async ({ page }) => {
    await openTable(page, "/agreements");
    await expect(agreementCount(page)).toHaveText(`${visibleAgreementCount} agreements`);
  });

  test("a word without its accents finds the title with them, and the longer words that hold it", async ({ page }) => {
    await search(page, "securite");
    // "sécurité" in the maritime title, "cybersécurité" in the two seed agreements (undated, so last).
    await expectRows(page, [titles.maritime, titles.cybersecurity, titles.informationProtection]);
  });

  test("the French and the English name of a state find the same agreements", async ({ page }) => {
    await search(page, "maroc");
    await expect(rowTitles(page).filter({ hasText: titles.mou })).toHaveCount(1);
    const inFrench = await rowTitles(page).allTextContents();
    await search(page, "Morocco");
    await expect(rowTitles(page)).toHaveText(inFrench);
  });

  test("a signatory's name finds the agreement they signed", async ({ page }) => {
    await search(page, "gantz");
    await expectRows(page, [titles.mou]);
  });

  test("the start of a word finds the whole word", async ({ page }) => {
    await search(page, "cyber");
    await expect(rowTitles(page).filter({ hasText: titles.cybersecurity })).toHaveCount(1);
  });

  test("a pause after a space keeps the space: the words typed while the search loads are not lost", async ({ page }) => {
    await searchBox(page).pressSequentially("securite ");
    // The pause applies "securite " (trimmed to q=securite) while the reader goes on typing.
    await expect(page).toHaveURL(/\/agreements\?q=securite$/);
    await searchBox(page).pressSequentially("maritime");
    await expect(searchBox(page)).toHaveValue("securite maritime");
    await expect(page).toHaveURL(/\/agreements\?q=securite(\+|%20)maritime$/);
    await expectRows(page, [titles.maritime]);
  });

  test("each further word narrows the search", async ({ page }) => {
    await search(page, "defence");
    await expectRows(page, [titles.mou, titles.treaty, titles.informationProtection]);
    await search(page, "defence information");
    await expectRows(page, [titles.informationProtection]);
  });

  test("the search ignores case", async ({ page }) => {
    await search(page, "GANTZ");
    await expectRows(page, [titles.mou]);
    await search(page, "SÉCURITÉ Maritime");
    await expectRows(page, [titles.maritime]);
  });
});

test.describe("empty state", () => {
  test("a search that matches nothing says so and offers to remove each filter", async ({ page }) => {
    await openTable(page, "/agreements?party=fr");
    await searchBox(page).fill("zebra");
    await expect(page.getByRole("heading", { name: "No agreement matches" })).toBeVisible();
    await expect(agreementCount(page)).toHaveText("No agreement");
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByText("Remove a filter to widen the search:")).toBeVisible();
    await expect(page.getByRole("link", { name: "Remove the filter Party: France" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Clear all filters" })).toBeVisible();
    await page.getByRole("link", { name: "Remove the filter Search: “zebra”" }).click();
    await expect(page).toHaveURL(/\/agreements\?party=fr$/);
    await expectRows(page, [titles.naval, titles.treaty, titles.maritime]);
  });

  test("clearing all filters from the empty state shows every agreement", async ({ page }) => {
    await openTable(page, "/agreements?q=zebra&form=TREATY");
    await expect(page.getByRole("heading", { name: "No agreement matches" })).toBeVisible();
    await page.getByRole("link", { name: "Clear all filters" }).click();
    await expect(page).toHaveURL(/\/agreements$/);
    await expect(agreementCount(page)).toHaveText(`${visibleAgreementCount} agreements`);
    await expect(rowTitles(page)).toHaveCount(25);
  });
});

test.describe("the party filter's states", () => {
  const names = new Map(unCountries().map((country) => [country.code, country.nameEn]));
  const live = [...seedAgreements.map((agreement) => ({ parties: agreement.parties, archived: false })), ...tableRecords].filter(
    (record) => !record.archived,
  );
  const countOf = (code: string) => live.filter((record) => record.parties.includes(code)).length;
  const withAgreements = [...new Set(live.flatMap((record) => record.parties))].map((code) => names.get(code)!).sort();

  test("come with how many agreements each has, those with agreements first", async ({ page }) => {
    await openTable(page, "/agreements");
    const parties = await openFilter(page, "Party");
    const options = parties.getByRole("checkbox");
    await expect(options.first()).toHaveAccessibleName(new RegExp(`^${withAgreements[0]}\\b`));
    await expect(parties.getByRole("checkbox", { name: /^Morocco\b/ })).toHaveAccessibleName(
      `Morocco ${countOf("MA")} agreement${countOf("MA") === 1 ? "" : "s"}`,
    );
    await expect(options.nth(withAgreements.length - 1)).toHaveAccessibleName(new RegExp(`^${withAgreements.at(-1)}\\b`));
  });

  test("are found by their name in French or Arabic and by their code, whatever the interface language", async ({ page }) => {
    await openTable(page, "/agreements");
    const parties = await openFilter(page, "Party");
    const find = parties.getByRole("searchbox", { name: "Find a state" });
    for (const typed of ["maroc", "MA", "المغرب"]) {
      await find.fill(typed);
      await expect(parties.getByRole("checkbox", { name: /^Morocco\b/ }), typed).toBeVisible();
    }
    await find.fill("maroc");
    await expect(parties.getByRole("checkbox", { name: /^France\b/ })).toBeHidden();
  });
});

test.describe("what a filter leaves out", () => {
  test("a year range says how many undated agreements it leaves out, and a link keeps them", async ({ page }) => {
    await openTable(page, "/agreements?domain=cybersecurity&party=ma&from=2020");
    await expect(page.getByRole("heading", { name: "No agreement matches" })).toBeVisible();
    const notice = page.getByText("1 agreement without a known date of signature is left out by the year filter.");
    await expect(notice).toBeVisible();
    await page.getByRole("link", { name: "Include it" }).click();
    await expect(page).toHaveURL(/\/agreements\?domain=cybersecurity&party=ma&from=2020&undated=1$/);
    await expectRows(page, ["Memorandum of understanding on cooperation in cybersecurity"]);
    await expect(activeFilters(page)).toContainText("Year of signature: from 2020 (and undated)");
    // The year filter's panel says so too, and unticking it leaves them out again.
    const years = await openFilter(page, "Year of signature");
    await years.getByRole("checkbox", { name: "Keep the agreements without a known date" }).uncheck();
    await expect(page).toHaveURL(/\/agreements\?domain=cybersecurity&party=ma&from=2020$/);
  });

  test("the sources filter finds the agreements that cite no source", async ({ page }) => {
    await openTable(page, "/agreements?q=memorandum");
    const sources = await openFilter(page, "Sources");
    await sources.getByRole("checkbox", { name: "Without any source" }).check();
    await expect(page).toHaveURL(/\/agreements\?q=memorandum&sources=none$/);
    await expect(
      page.getByRole("table").getByRole("link", { name: "Memorandum of understanding in the field of defence", exact: true }),
    ).toHaveCount(0);
  });
});
