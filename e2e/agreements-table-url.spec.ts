// The agreements table's view: sorting, paging, the address as its state, the columns chosen, and the page
// without JavaScript.
import { test, type Page } from "@playwright/test";
import {
  activeFilters,
  agreementCount,
  columnHeader,
  columnsPanel,
  columnsTrigger,
  expect,
  expectRows,
  filterOptions,
  filterTrigger,
  openFilter,
  openTable,
  pageSize,
  rowTitles,
  searchForm,
  titles,
  waitForHydration,
} from "./fixtures/agreements-table";
import { visibleAgreementCount } from "./fixtures/table-records";

const pager = (page: Page) => page.getByRole("navigation", { name: "Pages" });

test.describe("sorting", () => {
  test("the table is sorted by date of signature, newest first, until a header is chosen", async ({ page }) => {
    await openTable(page, "/agreements");
    await expect(columnHeader(page, "Date of signature")).toHaveAttribute("aria-sort", "descending");
    await expect(columnHeader(page, "Title")).not.toHaveAttribute("aria-sort");
    await expect(rowTitles(page).first()).toHaveText(titles.mou);
  });

  test("a header sorts every row on the server, ascending then descending, and the address says so", async ({ page }) => {
    await openTable(page, "/agreements");
    await columnHeader(page, "Title")
      .getByRole("link", { name: /sort in ascending order/ })
      .click();
    await expect(page).toHaveURL(/\/agreements\?sort=title$/);
    await expect(columnHeader(page, "Title")).toHaveAttribute("aria-sort", "ascending");
    await expect(columnHeader(page, "Date of signature")).not.toHaveAttribute("aria-sort");
    // The information agreement has no date: it was the very last row before, on the second page.
    await expect(rowTitles(page).nth(0)).toHaveText(titles.maritime);
    await expect(rowTitles(page).nth(1)).toHaveText(titles.informationProtection);
    await expect(rowTitles(page).nth(2)).toHaveText("Bulk test arrangement 01");

    await columnHeader(page, "Title")
      .getByRole("link", { name: /sort in descending order/ })
      .click();
    await expect(page).toHaveURL(/\/agreements\?sort=-title$/);
    await expect(columnHeader(page, "Title")).toHaveAttribute("aria-sort", "descending");
    await expect(rowTitles(page).first()).toHaveText(titles.tripartite);
    await expect(rowTitles(page).nth(4)).toHaveText(titles.naval);
    await expect(page.getByRole("table")).toHaveAccessibleName("Agreements, sorted by Title (descending)");
  });

  test("sorting keeps the filters and goes back to the first page", async ({ page }) => {
    await openTable(page, "/agreements?party=fr&page=2");
    await columnHeader(page, "Title").getByRole("link").click();
    await expect(page).toHaveURL(/\/agreements\?party=fr&sort=title$/);
    await expectRows(page, [titles.maritime, titles.naval, titles.treaty]);
  });
});

test.describe("paging", () => {
  const secondPageRows = visibleAgreementCount - pageSize;

  test("the pager shows which page is shown and moves to the next and the previous one", async ({ page }) => {
    await openTable(page, "/agreements");
    await expect(pager(page)).toContainText("Page 1 of 2");
    await expect(rowTitles(page)).toHaveCount(pageSize);
    await expect(pager(page).getByRole("link", { name: "Previous page" })).toHaveAttribute("aria-disabled", "true");

    await pager(page).getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/agreements\?page=2$/);
    await expect(pager(page)).toContainText("Page 2 of 2");
    await expect(rowTitles(page)).toHaveCount(secondPageRows);
    await expect(rowTitles(page).last()).toHaveText(titles.informationProtection);
    await expect(pager(page).getByRole("link", { name: "Next page" })).toHaveAttribute("aria-disabled", "true");

    await pager(page).getByRole("link", { name: "Previous page" }).click();
    await expect(page).toHaveURL(/\/agreements$/);
    await expect(pager(page)).toContainText("Page 1 of 2");
    await expect(rowTitles(page).first()).toHaveText(titles.mou);
  });

  test("50 rows per page show every agreement on one page, from the first", async ({ page }) => {
    await openTable(page, "/agreements?page=2");
    await page.getByRole("combobox", { name: "Rows per page" }).selectOption("50");
    await expect(page).toHaveURL(/\/agreements\?size=50$/);
    await expect(pager(page)).toContainText("Page 1 of 1");
    await expect(rowTitles(page)).toHaveCount(visibleAgreementCount);
  });

  test("a page past the end shows the last page", async ({ page }) => {
    await openTable(page, "/agreements?page=9");
    await expect(pager(page)).toContainText("Page 2 of 2");
    await expect(rowTitles(page)).toHaveCount(secondPageRows);
  });
});

test.describe("the address", () => {
  test("a reload shows the same filtered and sorted view", async ({ page }) => {
    await openTable(page, "/agreements");
    const parties = await openFilter(page, "Party");
    await parties.getByRole("searchbox", { name: "Find a state" }).fill("france");
    await parties.getByRole("checkbox", { name: "France" }).check();
    await expect(page).toHaveURL(/\/agreements\?party=fr$/);
    await columnHeader(page, "Title").getByRole("link").click();
    await expect(page).toHaveURL(/\/agreements\?party=fr&sort=title$/);
    await expectRows(page, [titles.maritime, titles.naval, titles.treaty]);

    await page.reload();
    await waitForHydration(page);
    await expect(page).toHaveURL(/\/agreements\?party=fr&sort=title$/);
    await expectRows(page, [titles.maritime, titles.naval, titles.treaty]);
    await expect(activeFilters(page).getByRole("link")).toHaveText(["Party: France"]);
    await expect(columnHeader(page, "Title")).toHaveAttribute("aria-sort", "ascending");
  });

  test("back and forward restore the previous views", async ({ page }) => {
    await openTable(page, "/agreements");
    const forms = await openFilter(page, "Form");
    await forms.getByRole("checkbox", { name: "Treaty", exact: true }).check();
    await expectRows(page, [titles.treaty]);
    await forms.getByRole("checkbox", { name: "Joint statement", exact: true }).check();
    await expectRows(page, [titles.naval, titles.treaty]);

    await page.goBack();
    await expect(page).toHaveURL(/\/agreements\?form=TREATY$/);
    await expectRows(page, [titles.treaty]);
    await expect(forms.getByRole("checkbox", { name: "Joint statement", exact: true })).not.toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/\/agreements$/);
    await expect(agreementCount(page)).toHaveText(`${visibleAgreementCount} agreements`);
    await page.goForward();
    await expect(page).toHaveURL(/\/agreements\?form=TREATY$/);
    await expectRows(page, [titles.treaty]);
    await page.goForward();
    await expect(page).toHaveURL(/\/agreements\?form=TREATY&form=JOINT_STATEMENT$/);
    await expectRows(page, [titles.naval, titles.treaty]);
  });

  test("an address with invalid values shows the default view, without an error", async ({ page }) => {
    const response = await openTable(page, "/agreements?size=7&page=-1&sort=-colour&form=NOPE&party=xyz");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "Something went wrong" })).toHaveCount(0);
    await expect(agreementCount(page)).toHaveText(`${visibleAgreementCount} agreements`);
    await expect(rowTitles(page)).toHaveCount(pageSize);
    await expect(pager(page)).toContainText("Page 1 of 2");
    await expect(columnHeader(page, "Date of signature")).toHaveAttribute("aria-sort", "descending");
    await expect(activeFilters(page)).toHaveCount(0);
  });
});

test.describe("columns", () => {
  test("a column hidden in the Columns panel stays hidden after a reload", async ({ page }) => {
    await openTable(page, "/agreements");
    await expect(columnHeader(page, "Place")).toBeVisible();
    await columnsTrigger(page).click();
    const place = columnsPanel(page).getByRole("checkbox", { name: "Place" });
    await expect(place).toBeChecked();
    await place.click();
    await expect(columnHeader(page, "Place")).toHaveCount(0);
    await expect(place).not.toBeChecked();
    // The panel stays open for the next column, and Escape closes it.
    await expect(columnsPanel(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(columnsPanel(page)).toBeHidden();

    await page.reload();
    await waitForHydration(page);
    await expect(rowTitles(page).first()).toBeVisible();
    await expect(columnHeader(page, "Place")).toHaveCount(0);
    await expect(columnHeader(page, "Status")).toBeVisible();
    await columnsTrigger(page).click();
    await expect(columnsPanel(page).getByRole("checkbox", { name: "Place" })).not.toBeChecked();
  });

  test("the title column cannot be hidden", async ({ page }) => {
    await openTable(page, "/agreements");
    await columnsTrigger(page).click();
    await expect(columnsPanel(page).getByRole("checkbox", { name: "Status" })).toBeVisible();
    await expect(columnsPanel(page).getByRole("checkbox", { name: "Title" })).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the table page shows the rows in place, inside their table", async ({ page }) => {
    await page.goto("/agreements");
    await expect(page.getByRole("table")).toBeVisible();
    await expect(rowTitles(page).filter({ hasText: titles.mou })).toBeVisible();
    await expect(agreementCount(page)).toHaveText(`${visibleAgreementCount} agreements`);
    // Nothing of the page is sent apart to be put in place by a script (React does so inside a Suspense boundary
    // when part of it is late): without JavaScript it would stay at the foot of the page.
    expect(await page.locator('template[id^="P:"], div[hidden][id^="S:"]').count()).toBe(0);
  });

  test("the filter form is submitted by GET and narrows the rows", async ({ page }) => {
    await page.goto("/agreements");
    await filterTrigger(page, "Form").click();
    await filterOptions(page, "Form").getByRole("checkbox", { name: "Treaty", exact: true }).check();
    await filterOptions(page, "Form").getByRole("checkbox", { name: "Joint statement", exact: true }).check();
    await searchForm(page).getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/agreements\?(.+&)?form=TREATY&form=JOINT_STATEMENT(&|$)/);
    await expectRows(page, [titles.naval, titles.treaty]);
  });

  test("the Columns panel hides a column with its Apply button", async ({ page }) => {
    await page.goto("/agreements?form=TREATY");
    await expect(columnHeader(page, "Place")).toBeVisible();
    await columnsTrigger(page).click();
    await columnsPanel(page).getByRole("checkbox", { name: "Place" }).uncheck();
    await columnsPanel(page).getByRole("button", { name: "Apply" }).click();
    await expect(columnHeader(page, "Place")).toHaveCount(0);
    await expect(columnHeader(page, "Status")).toBeVisible();
    await expectRows(page, [titles.treaty]);
  });

  test("the party list is a multiple choice submitted with the form", async ({ page }) => {
    await page.goto("/agreements");
    await filterTrigger(page, "Party").click();
    await searchForm(page).getByRole("listbox", { name: "Party" }).selectOption(["fr", "ma"]);
    await searchForm(page).getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/agreements\?(.+&)?party=fr&party=ma(&|$)/);
    await expectRows(page, [titles.naval, titles.maritime]);
  });
});
