// The pair page: the Morocco–Israel timeline (the seed's declaration, visit and MoU), its links, its canonical
// address, and agreements of three parties on every pair they include. Expectations come from the seed.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { formatPartialDate, formatPartialDateRange } from "@/lib/dates/partial-date";
import { agreements, people, visit } from "@/prisma/seed/morocco-israel";

const bySlug = (slug: string) => agreements.find((agreement) => agreement.slug === slug)!;
const declaration = bySlug("ma-il-us-tripartite-declaration-2020");
const mou = agreements.find((agreement) => agreement.signedDuringVisit)!;
const ilMa = agreements.filter((agreement) => agreement.parties.includes("IL") && agreement.parties.includes("MA"));
const undated = ilMa.filter((agreement) => agreement.signedOn === null);

const signedLabel = (agreement: typeof mou, locale: "en" | "fr" = "en") =>
  locale === "en"
    ? `${agreement.titleEn}, signed ${formatPartialDate(agreement.signedOn!, "en")}`
    : `${agreement.titleFr}, signature : ${formatPartialDate(agreement.signedOn!, "fr")}`;
const visitLabel = `Visit of ${people[visit.visitor].name} (Israel) to Morocco, ${formatPartialDateRange(visit.startOn, visit.endOn, "en")}`;
const expectedOrder = [signedLabel(declaration), visitLabel, signedLabel(mou)];

const graphic = (page: Page) => page.getByTestId("timeline-graphic");
const graphicLinks = (page: Page) => graphic(page).getByRole("link");

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not drawn");
  return found;
}

type Box = Awaited<ReturnType<typeof box>>;
const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

/** The graphic's labels: each one's lines of text, its box, and the boxes of its lines. */
async function graphicLabels(page: Page) {
  const groups = graphic(page).getByTestId("timeline-labels").locator("[data-label-for]");
  const labels = [];
  for (const group of await groups.all()) {
    const lines = group.locator("text");
    labels.push({
      lines: await lines.allTextContents(),
      box: await box(group),
      lineBoxes: await Promise.all((await lines.all()).map(box)),
    });
  }
  return labels;
}

/** The declaration's and the visit's labels are drawn, the first left of the second, and no two texts overlap. */
async function expectStoryLabels(page: Page, locale: "en" | "fr") {
  const labels = await graphicLabels(page);
  const declarationLabel = labels.find((label) =>
    label.lines[0]!.startsWith(locale === "en" ? "Tripartite declaration" : "Déclaration tripartite"),
  );
  const visitLabel = labels.find((label) => label.lines[0]!.startsWith(people[visit.visitor].name));
  expect(declarationLabel?.lines[1]).toBe(formatPartialDate(declaration.signedOn!, locale));
  expect(visitLabel?.lines.slice(0, 2)).toEqual([
    locale === "en" ? `${people[visit.visitor].name} in Morocco` : `${people[visit.visitor].name} en visite (Maroc)`,
    formatPartialDateRange(visit.startOn, visit.endOn, locale),
  ]);
  expect(visitLabel?.lines[2]).toMatch(locale === "en" ? /^Signed: Memorandum of/ : /^Signé : Mémorandum d’entente/);
  expect(declarationLabel!.box.x + declarationLabel!.box.width).toBeLessThan(visitLabel!.box.x);
  const texts = labels.flatMap((label) => label.lineBoxes);
  for (const [index, a] of texts.entries()) {
    for (const b of texts.slice(index + 1)) expect(apart(a, b), JSON.stringify([a, b])).toBe(true);
  }
}

test.describe("the Morocco–Israel pair page", () => {
  test("labels the declaration and the visit in the graphic, in order, without overlap", async ({ page }) => {
    await page.goto("/pairs/il-ma");
    await expectStoryLabels(page, "en");
    await expect(graphic(page).getByTestId("timeline-axis")).toContainText("Jul");
  });

  test("keeps its labels apart on a phone, in a region that scrolls", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/pairs/il-ma");
    await expectStoryLabels(page, "en");
    const region = page.getByRole("region", { name: "Timeline graphic, scrollable" });
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  });

  test("shows the declaration, then the visit's span with the MoU drawn inside it", async ({ page }) => {
    await page.goto("/pairs/il-ma");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Israel – Morocco");
    const names = await graphicLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute("aria-label")));
    expect(names).toEqual(expectedOrder);

    const [declarationBox, visitBox, mouBox] = await Promise.all(
      expectedOrder.map((name) => box(graphic(page).getByRole("link", { name, exact: true }))),
    );
    expect(declarationBox!.x + declarationBox!.width).toBeLessThan(visitBox!.x);
    expect(mouBox!.x).toBeGreaterThanOrEqual(visitBox!.x);
    expect(mouBox!.x + mouBox!.width).toBeLessThanOrEqual(visitBox!.x + visitBox!.width);
    expect(mouBox!.y).toBeGreaterThanOrEqual(visitBox!.y);
    expect(mouBox!.y + mouBox!.height).toBeLessThanOrEqual(visitBox!.y + visitBox!.height);
  });

  test("lists the same events in the same order as text, the MoU nested in the visit, and the undated ones apart", async ({ page }) => {
    await page.goto("/pairs/il-ma");
    const list = page.getByTestId("timeline-list");
    const top = list.locator(":scope > li");
    await expect(top).toHaveCount(2);
    await expect(top.nth(0).getByRole("link")).toHaveText(expectedOrder[0]!);
    await expect(top.nth(1).getByRole("link").first()).toHaveText(expectedOrder[1]!);
    await expect(top.nth(1).getByRole("list", { name: "Signed during the visit" }).getByRole("link")).toHaveText([expectedOrder[2]!]);
    await expect(page.getByText(`${undated.length} agreements have no known date of signature`)).toBeVisible();
    await expect(page.getByTestId("timeline-undated").getByRole("link")).toHaveText(undated.map((agreement) => agreement.titleEn!).sort());
  });

  test("its timeline links open the declaration, the visit and the MoU", async ({ page }) => {
    for (const [name, path, heading] of [
      [expectedOrder[0]!, `/agreements/${declaration.slug}`, declaration.titleEn!],
      [expectedOrder[1]!, `/visits/${visit.slug}`, `${people[visit.visitor].name} to Morocco`],
      [expectedOrder[2]!, `/agreements/${mou.slug}`, mou.titleEn!],
    ] as const) {
      await page.goto("/pairs/il-ma");
      // Focus and Enter: the visit's band lies under the MoU's marker, so a click in its middle opens the MoU.
      await graphic(page).getByRole("link", { name, exact: true }).focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    }
  });

  test("lists the pair's agreements in a table, latest signature first, the undated ones last", async ({ page }) => {
    await page.goto("/pairs/il-ma");
    const table = page.getByRole("table", { name: "Agreements between Israel and Morocco, latest signature first" });
    await expect(table.getByRole("columnheader")).toHaveText([
      "Title",
      "Form",
      "Parties",
      "Date of signature",
      "Place",
      "Status",
      "Cooperation domains",
    ]);
    const titles = await table.getByRole("rowheader").allTextContents();
    const dated = ilMa.filter((agreement) => agreement.signedOn !== null).sort((x, y) => y.signedOn!.localeCompare(x.signedOn!));
    expect(titles.slice(0, dated.length)).toEqual(dated.map((agreement) => agreement.titleEn));
    expect(titles.slice(dated.length).sort()).toEqual(undated.map((agreement) => agreement.titleEn!).sort());
    await table.getByRole("link", { name: mou.titleEn!, exact: true }).click();
    await expect(page).toHaveURL(`/agreements/${mou.slug}`);
  });

  test("links to the table filtered to the pair, whose count matches", async ({ page }) => {
    await page.goto("/pairs/il-ma");
    await page.getByRole("link", { name: `All ${ilMa.length} agreements in the table` }).click();
    await expect(page).toHaveURL("/agreements?party=il&party=ma");
    await expect(page.getByRole("status").filter({ hasText: /agreement/ })).toHaveText(`${ilMa.length} agreements`);
  });

  test("Tab reaches the timeline's events in chronological order", async ({ page }) => {
    await page.goto("/pairs/il-ma");
    await page.getByRole("region", { name: "Timeline graphic, scrollable" }).focus();
    const focused: (string | null)[] = [];
    for (let step = 0; step < expectedOrder.length; step++) {
      await page.keyboard.press("Tab");
      focused.push(await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null));
    }
    expect(focused).toEqual(expectedOrder);
  });
});

test.describe("pair addresses", () => {
  test("the reverse order and upper case redirect permanently to the canonical address", async ({ page, request }) => {
    for (const path of ["/pairs/ma-il", "/pairs/IL-MA"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(308);
      expect(response.headers().location).toBe("/pairs/il-ma");
    }
    await page.goto("/pairs/ma-il");
    await expect(page).toHaveURL("/pairs/il-ma");
  });

  test("a state paired with itself, an unknown state and a malformed address are not found", async ({ request }) => {
    for (const path of ["/pairs/ma-ma", "/pairs/ma-zz", "/pairs/zz-ma", "/pairs/morocco-israel"]) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
  });

  test("the tripartite declaration shows on each pair it includes", async ({ page }) => {
    for (const path of ["/pairs/ma-us", "/pairs/il-us", "/pairs/il-ma"]) {
      await page.goto(path);
      await expect(graphic(page).getByRole("link", { name: signedLabel(declaration), exact: true }), path).toBeVisible();
      await expect(page.getByRole("link", { name: declaration.titleEn!, exact: true }), path).toBeVisible();
    }
  });
});

test.describe("from an agreement's page", () => {
  test("each party links to its state's page and each pair of parties to its relationship", async ({ page }) => {
    await page.goto(`/agreements/${declaration.slug}`);
    const parties = page
      .getByRole("region", { name: "Parties and signatories" })
      .getByRole("list")
      .filter({ has: page.getByRole("link", { name: "Morocco", exact: true }) });
    const names: Record<string, string> = { MA: "Morocco", IL: "Israel", US: "United States" };
    await expect(parties.getByRole("link")).toHaveText(declaration.parties.map((code) => names[code]!));
    const relationships = ["Israel and Morocco", "Israel and United States", "Morocco and United States"].map((names) =>
      page.getByRole("link", { name: `Relationship between ${names}`, exact: true }),
    );
    for (const link of relationships) await expect(link).toBeVisible();
    await relationships[0]!.click();
    await expect(page).toHaveURL("/pairs/il-ma");
    await page.goBack();
    await parties.getByRole("link", { name: "Morocco", exact: true }).click();
    await expect(page).toHaveURL("/countries/ma");
  });
});

test.describe("in French", () => {
  test.use({ locale: "fr-FR" });

  test("the pair page speaks French", async ({ page }) => {
    await page.goto("/pairs/il-ma");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Israël – Maroc");
    await expect(page.getByRole("heading", { name: "Chronologie", exact: true })).toBeVisible();
    await expect(graphicLinks(page).first()).toHaveAttribute("aria-label", signedLabel(declaration, "fr"));
    await expect(page.getByRole("group", { name: "Chronologie des relations entre Israël et Maroc" })).toBeVisible();
  });

  test("the graphic's labels speak French", async ({ page }) => {
    await page.goto("/pairs/il-ma");
    await expectStoryLabels(page, "fr");
    await expect(graphic(page).getByTestId("timeline-axis")).toContainText("juil.");
  });
});
