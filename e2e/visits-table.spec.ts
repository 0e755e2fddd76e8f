// The visits table (/visits): each filter, text search whatever the accents, sorting, paging, the address as
// its state, the page without JavaScript, the French interface, and axe on the table and the visit page.
// Data: the seed's Gantz visit and the visits of e2e/fixtures/visit-records.ts.
import AxeBuilder from "@axe-core/playwright";
import { test, type Page } from "@playwright/test";
import { columnsPanel, columnsTrigger, expect, waitForHydration } from "./fixtures/agreements-table";
import {
  bulkVisitCount,
  frenchMinisterInMorocco,
  germanPresidentInCanada,
  moroccanMinisterInFrance,
  visibleVisitCount,
} from "./fixtures/visit-records";

const gantz = "Benjamin Gantz";
const garnier = frenchMinisterInMorocco.official;
const alaoui = moroccanMinisterInFrance.official;
const vogt = germanPresidentInCanada.official;
const bulk = (number: number) => `Bulk Envoy ${String(number).padStart(2, "0")}`;
const pageSize = 25;

async function openVisits(page: Page, path = "/visits") {
  await page.goto(path);
  await waitForHydration(page);
}

const searchForm = (page: Page) => page.getByRole("search", { name: "Search and filter the visits" });
const officials = (page: Page) => page.getByRole("table").getByRole("rowheader").getByRole("link");
const visitCount = (page: Page) => page.getByRole("status").filter({ hasText: /visit/i });
const pager = (page: Page) => page.getByRole("navigation", { name: "Pages" });
const columnHeader = (page: Page, label: string) => page.getByRole("columnheader", { name: new RegExp(`^${label}\\b`) });
const activeFilters = (page: Page) => page.getByRole("list", { name: "Active filters" });

async function openFilter(page: Page, title: string) {
  await searchForm(page)
    .locator("summary")
    .filter({ hasText: new RegExp(`^${title}`) })
    .click();
  const options = searchForm(page).getByRole("group", { name: title, exact: true });
  await expect(options).toBeVisible();
  return options;
}

/** The rows, in order, once the table shows exactly these officials. */
async function expectOfficials(page: Page, expected: string[]) {
  await expect(officials(page)).toHaveText(expected);
  await expect(visitCount(page)).toHaveText(`${expected.length} visit${expected.length === 1 ? "" : "s"}`);
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("filters", () => {
  test("the visiting state filter, searched by name, keeps the visits that state made", async ({ page }) => {
    await openVisits(page);
    const visitors = await openFilter(page, "Visiting state");
    const find = visitors.getByRole("searchbox", { name: "Find a state" });
    await find.fill("moro");
    await expect(visitors.getByRole("checkbox", { name: "France" })).toBeHidden();
    await visitors.getByRole("checkbox", { name: "Morocco" }).check();
    await expect(page).toHaveURL(/\/visits\?visitor=ma$/);
    await expectOfficials(page, [alaoui]);
    await find.fill("isr");
    await visitors.getByRole("checkbox", { name: "Israel" }).check();
    // In the order of the list, whatever the order of the clicks.
    await expect(page).toHaveURL(/\/visits\?visitor=il&visitor=ma$/);
    await expectOfficials(page, [gantz, alaoui]);
  });

  test("the host state filter keeps the visits that state received, and the kind filter narrows them", async ({ page }) => {
    await openVisits(page, "/visits?host=ma");
    await expectOfficials(page, [gantz, garnier]);
    const kinds = await openFilter(page, "Kind of visit");
    await kinds.getByRole("checkbox", { name: "State visit" }).check();
    await expect(page).toHaveURL(/\/visits\?host=ma&kind=STATE$/);
    await expect(page.getByRole("heading", { name: "No visit matches" })).toBeVisible();
    await expect(visitCount(page)).toHaveText("No visit");
    await kinds.getByRole("checkbox", { name: "Official visit" }).check();
    await expect(page).toHaveURL(/\/visits\?host=ma&kind=STATE&kind=OFFICIAL$/);
    await expectOfficials(page, [gantz, garnier]);
  });

  test("the kind filter keeps the visits of any chosen kind, never an archived one", async ({ page }) => {
    await openVisits(page);
    const kinds = await openFilter(page, "Kind of visit");
    await kinds.getByRole("checkbox", { name: "Official visit" }).check();
    await expect(page).toHaveURL(/\/visits\?kind=OFFICIAL$/);
    // The archived visit is an official one from France to Morocco too.
    await expectOfficials(page, [gantz, garnier]);
    await kinds.getByRole("checkbox", { name: "State visit" }).check();
    await expectOfficials(page, [gantz, garnier, vogt]);
  });

  test("the year range keeps the visits that started between the two years, both included", async ({ page }) => {
    await openVisits(page);
    const years = await openFilter(page, "Year of the visit");
    await years.getByRole("spinbutton", { name: "From" }).fill("2005");
    await expect(page).toHaveURL(/\/visits\?from=2005$/);
    await expectOfficials(page, [gantz, garnier, alaoui, vogt]);
    await years.getByRole("spinbutton", { name: "To" }).fill("2018");
    await expect(page).toHaveURL(/\/visits\?from=2005&to=2018$/);
    await expectOfficials(page, [alaoui, vogt]);
  });

  test("the text search ignores case and accents: 'defense' finds the summary's 'Défense'", async ({ page }) => {
    await openVisits(page);
    const box = page.getByRole("searchbox", { name: "Search the visits" });
    await box.fill("defense");
    await expect(page).toHaveURL(/\/visits\?q=defense$/);
    await expectOfficials(page, [gantz]);
    await box.fill("MONTREAL");
    await expect(page).toHaveURL(/\/visits\?q=MONTREAL$/);
    await expectOfficials(page, [vogt]);
    // The official's name, the title on the date and the host's French name.
    await box.fill("helene armees maroc");
    await expectOfficials(page, [garnier]);
  });

  test("each active filter is a chip that removes it; clearing keeps the sort", async ({ page }) => {
    await openVisits(page, "/visits?q=rabat&host=ma&from=2019&sort=official");
    await expect(activeFilters(page).getByRole("listitem")).toHaveText([
      "Search: “rabat”",
      "Host state: Morocco",
      "Year of the visit: from 2019",
    ]);
    await activeFilters(page).getByRole("link", { name: "Remove the filter Year of the visit: from 2019" }).click();
    await expect(page).toHaveURL(/\/visits\?q=rabat&host=ma&sort=official$/);
    await expectOfficials(page, [gantz, garnier]);
    await page.getByRole("link", { name: "Clear all filters" }).click();
    await expect(page).toHaveURL(/\/visits\?sort=official$/);
    await expect(visitCount(page)).toHaveText(`${visibleVisitCount} visits`);
  });
});

test.describe("sorting and paging", () => {
  test("the table is sorted by date, newest first, unknown dates last", async ({ page }) => {
    await openVisits(page);
    await expect(columnHeader(page, "Dates")).toHaveAttribute("aria-sort", "descending");
    await expect(officials(page).first()).toHaveText(gantz);
    await expect(officials(page).nth(1)).toHaveText(garnier);
    await expect(officials(page).nth(4)).toHaveText(bulk(bulkVisitCount));
    await expect(page.getByRole("row").filter({ hasText: garnier })).toContainText("14–15 February 2019");
    await expect(page.getByRole("row").filter({ hasText: garnier })).toContainText("Minister of the Armed Forces");
  });

  test("a header sorts every row on the server, ascending then descending, and the address says so", async ({ page }) => {
    await openVisits(page);
    await columnHeader(page, "Official")
      .getByRole("link", { name: /sort in ascending order/ })
      .click();
    await expect(page).toHaveURL(/\/visits\?sort=official$/);
    await expect(columnHeader(page, "Official")).toHaveAttribute("aria-sort", "ascending");
    await expect(officials(page).nth(0)).toHaveText(gantz);
    await expect(officials(page).nth(1)).toHaveText(bulk(1));
    await columnHeader(page, "Official")
      .getByRole("link", { name: /sort in descending order/ })
      .click();
    await expect(page).toHaveURL(/\/visits\?sort=-official$/);
    await expect(officials(page).first()).toHaveText(alaoui);
    await expect(officials(page).nth(1)).toHaveText(vogt);
    await expect(page.getByRole("table")).toHaveAccessibleName("Visits, sorted by Official (descending)");

    await columnHeader(page, "Host state").getByRole("link").click();
    await expect(page).toHaveURL(/\/visits\?sort=host$/);
    // Canada, Luxembourg (the look-alike rows), Morocco.
    await expect(officials(page).first()).toHaveText(vogt);
  });

  test("the pager moves between pages and sorting goes back to the first", async ({ page }) => {
    await openVisits(page);
    await expect(pager(page)).toContainText("Page 1 of 2");
    await expect(officials(page)).toHaveCount(pageSize);
    await pager(page).getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/visits\?page=2$/);
    await expect(pager(page)).toContainText("Page 2 of 2");
    await expect(officials(page)).toHaveCount(visibleVisitCount - pageSize);
    await expect(officials(page).last()).toHaveText(bulk(1));
    await columnHeader(page, "City").getByRole("link").click();
    await expect(page).toHaveURL(/\/visits\?sort=city$/);
    await expect(pager(page)).toContainText("Page 1 of 2");
  });

  test("the page size shows more rows on one page", async ({ page }) => {
    await openVisits(page, "/visits?host=lu");
    await page.getByLabel("Rows per page").selectOption("50");
    await expect(page).toHaveURL(/\/visits\?host=lu&size=50$/);
    await expect(officials(page)).toHaveCount(bulkVisitCount);
    await expect(pager(page)).toContainText("Page 1 of 1");
  });
});

test.describe("columns", () => {
  test("a column hidden in the Columns panel stays hidden after a reload; the official cannot be hidden", async ({ page }) => {
    await openVisits(page);
    await columnsTrigger(page).click();
    await expect(columnsPanel(page).getByRole("checkbox", { name: "Official" })).toHaveCount(0);
    await columnsPanel(page).getByRole("checkbox", { name: "City" }).click();
    await expect(columnHeader(page, "City")).toHaveCount(0);
    await page.keyboard.press("Escape");
    await page.reload();
    await waitForHydration(page);
    await expect(officials(page).first()).toHaveText(gantz);
    await expect(columnHeader(page, "City")).toHaveCount(0);
    await expect(columnHeader(page, "Kind of visit")).toBeVisible();
  });
});

test.describe("the address", () => {
  test("country codes are read in any case and written in lower case", async ({ page }) => {
    await openVisits(page, "/visits?visitor=MA");
    await expectOfficials(page, [alaoui]);
    await expect(activeFilters(page)).toContainText("Visiting state: Morocco");
    await columnHeader(page, "City").getByRole("link").click();
    await expect(page).toHaveURL(/\/visits\?visitor=ma&sort=city$/);
  });

  test("the addresses the dashboard and country pages link to show their visits", async ({ page }) => {
    await openVisits(page, "/visits?from=2021&to=2021");
    await expectOfficials(page, [gantz]);
    await openVisits(page, "/visits?host=il");
    await expect(page.getByRole("heading", { name: "No visit matches" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Remove the filter Host state: Israel" })).toHaveAttribute("href", "/visits");
  });

  test("bad values are dropped and the defaults apply", async ({ page }) => {
    await openVisits(page, "/visits?visitor=xyz&kind=SECRET&from=abc&sort=colour&page=-1&size=7");
    await expect(visitCount(page)).toHaveText(`${visibleVisitCount} visits`);
    await expect(columnHeader(page, "Dates")).toHaveAttribute("aria-sort", "descending");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form is submitted by GET and narrows the rows", async ({ page }) => {
    await page.goto("/visits?sort=official");
    await expect(visitCount(page)).toHaveText(`${visibleVisitCount} visits`);
    await searchForm(page)
      .locator("summary")
      .filter({ hasText: /^Host state/ })
      .click();
    await searchForm(page).getByRole("listbox", { name: "Host state" }).selectOption(["ma"]);
    await page.getByRole("searchbox", { name: "Search the visits" }).fill("défense");
    await searchForm(page).getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/visits\?(.+&)?host=ma(&|$)/);
    await expect(page).toHaveURL(/sort=official/);
    await expectOfficials(page, [gantz]);
  });

  test("the pager and headers are links", async ({ page }) => {
    await page.goto("/visits");
    await pager(page).getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/visits\?page=2$/);
    await expect(officials(page).last()).toHaveText(bulk(1));
  });
});

test.describe("in French", () => {
  test.use({ locale: "fr-FR" });

  test("the table speaks French", async ({ page }) => {
    await openVisits(page, "/visits?visitor=fr");
    await expect(page.getByRole("heading", { level: 1, name: "Visites" })).toBeVisible();
    await expect(page.getByRole("search", { name: "Rechercher et filtrer les visites" })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Rechercher dans les visites" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: /^Personnalité/ })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: /^État hôte/ })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /visite/ })).toHaveText("1 visite");
    await expect(page.getByRole("row").filter({ hasText: garnier })).toContainText("Ministre des Armées");
    await expect(page.getByRole("row").filter({ hasText: garnier })).toContainText("Maroc");
    await expect(page.getByRole("row").filter({ hasText: garnier })).toContainText("Visite officielle");
  });
});

test.describe("the visit page", () => {
  test("shows the official's title, the dates, meetings, agreements with their domains, sources and links", async ({ page }) => {
    await page.goto("/visits/2021-11-gantz-morocco");
    const overview = page.getByRole("region", { name: "Overview" });
    await expect(overview).toContainText("Vice Prime Minister, Minister of Defence");
    await expect(overview).toContainText("23–24 November 2021");
    await expect(overview.getByRole("link", { name: "Israel", exact: true })).toHaveAttribute("href", "/countries/il");
    await expect(overview.getByRole("link", { name: "Morocco", exact: true })).toHaveAttribute("href", "/countries/ma");
    await expect(overview.getByRole("link", { name: /^Relationship/ })).toHaveAttribute("href", "/pairs/il-ma");
    await expect(page.getByRole("region", { name: "Meetings" }).getByRole("listitem").first()).toBeVisible();
    const signed = page.getByRole("region", { name: "Agreements signed during the visit" });
    await expect(signed.getByRole("list", { name: "Cooperation domains" }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Sources" }).getByRole("listitem").first()).toBeVisible();
  });
});

test.describe("accessibility", () => {
  for (const path of [
    "/visits",
    "/visits?host=il",
    "/visits?q=rabat&kind=OFFICIAL&sort=-city",
    "/visits/2021-11-gantz-morocco",
    `/visits/${frenchMinisterInMorocco.slug}`,
  ]) {
    test(`axe finds no violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoViolations(page);
    });
  }

  test("axe finds no violation with a filter open", async ({ page }) => {
    await openVisits(page, "/visits?visitor=ma");
    await openFilter(page, "Visiting state");
    await expectNoViolations(page);
  });
});
