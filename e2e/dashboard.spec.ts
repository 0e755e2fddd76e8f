// The dashboard (the home page): each chart's bars lead to the agreements table filtered to them and say as
// many agreements as the table finds; the same figures as tables; the busiest pairs; French; keyboard; axe.
// Expected figures are read from the page and checked against the table, never written here.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

const charts = [
  { title: "Agreements by cooperation domain", address: /^\/agreements\?domain=[a-z0-9-]+$/ },
  { title: "Agreements by party", address: /^\/agreements\?party=[a-z]{2}$/ },
  { title: "Agreements by year of signature", address: /^\/agreements\?from=(\d{4})&to=\1$/ },
];

const bars = (page: Page, title: string) => page.getByRole("group", { name: title }).getByRole("link");
const chartCard = (page: Page, title: string) => page.getByRole("region", { name: title });

/** "Training: 3 agreements" → 3; "Joint exercises: no agreement" → 0. */
function countIn(name: string): number {
  const match = name.match(/: (no|[\d,]+) agreements?$/);
  if (!match) throw new Error(`no count in "${name}"`);
  return match[1] === "no" ? 0 : Number(match[1]!.replaceAll(",", ""));
}

async function linksOf(links: Locator) {
  return links.evaluateAll((elements) =>
    elements.map((element) => ({
      name: element.getAttribute("aria-label") ?? element.textContent ?? "",
      href: element.getAttribute("href")!,
    })),
  );
}

/** The count the agreements table shows at an address, read from the served page. */
async function tableCount(page: Page, href: string): Promise<number> {
  const html = await (await page.request.get(href)).text();
  // React writes "37<!-- --> agreements": the count and the words are two text nodes.
  const status = [...html.matchAll(/role="status"[^>]*>(.*?)<\/span>/g)]
    .map((match) => match[1]!.replaceAll("<!-- -->", ""))
    .find((text) => /agreement/i.test(text));
  if (status === undefined) throw new Error(`no count on ${href}`);
  return status === "No agreement" ? 0 : Number(status.replace(/ agreements?$/, "").replaceAll(",", ""));
}

test("every bar of every chart leads to the table filtered to it, which counts as many agreements", async ({ page }) => {
  await page.goto("/");
  for (const chart of charts) {
    const links = await linksOf(bars(page, chart.title));
    expect(links.length, chart.title).toBeGreaterThan(1);
    for (const link of links) {
      expect(link.href).toMatch(chart.address);
      expect(await tableCount(page, link.href), `${link.name} → ${link.href}`).toBe(countIn(link.name));
    }
  }
});

test("following a bar opens the table with its filter and its count", async ({ page }) => {
  for (const chart of charts) {
    await page.goto("/");
    const bar = bars(page, chart.title).first();
    const name = (await bar.getAttribute("aria-label"))!;
    const href = (await bar.getAttribute("href"))!;
    await bar.click();
    await expect(page).toHaveURL(href);
    const count = countIn(name);
    await expect(page.getByRole("status").filter({ hasText: /agreement/ })).toHaveText(
      `${count.toLocaleString("en")} agreement${count === 1 ? "" : "s"}`,
    );
  }
});

test("each chart's table holds the same figures and links as its bars", async ({ page }) => {
  await page.goto("/");
  for (const chart of charts) {
    const card = chartCard(page, chart.title);
    await expect(card.getByRole("figure")).toBeVisible();
    await card.getByText("Show the figures as a table").click();
    const table = card.getByRole("table", { name: chart.title });
    await expect(table).toBeVisible();
    const rows = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        label: tr.querySelector("th")!.textContent!.trim(),
        href: tr.querySelector("th a")?.getAttribute("href"),
        value: tr.querySelector("td")!.textContent!.trim(),
      })),
    );
    const fromBars = (await linksOf(bars(page, chart.title))).map((bar) => ({
      label: bar.name.slice(0, bar.name.lastIndexOf(": ")),
      href: bar.href,
      value: countIn(bar.name).toLocaleString("en"),
    }));
    expect(rows).toEqual(fromBars);
  }
});

test("the figures add up: dated by year plus undated make every agreement", async ({ page }) => {
  await page.goto("/");
  const figure = await page
    .getByRole("region", { name: "Figures" })
    .getByText(/ agreements?$/)
    .textContent();
  const total = Number(figure!.replace(/ agreements?$/, "").replaceAll(",", ""));
  const years = (await linksOf(bars(page, "Agreements by year of signature"))).map((bar) => countIn(bar.name));
  const note = await chartCard(page, "Agreements by year of signature")
    .getByText(/no known date of signature/)
    .textContent();
  const undated = Number(note!.match(/^([\d,]+)/)![1]!.replaceAll(",", ""));
  expect(years.reduce((sum, count) => sum + count, 0) + undated).toBe(total);
  expect(await tableCount(page, "/agreements")).toBe(total);
});

test("the busiest pairs lead to the pair pages' one address and count the agreements of both states", async ({ page }) => {
  await page.goto("/");
  const items = chartCard(page, "Busiest pairs of states").getByRole("listitem");
  expect(await items.count()).toBeGreaterThan(1);
  const counts: number[] = [];
  for (const item of await items.all()) {
    const href = (await item.getByRole("link").getAttribute("href"))!;
    const [, a, b] = href.match(/^\/pairs\/([a-z]{2})-([a-z]{2})$/) ?? [];
    expect(a && b && a < b, href).toBeTruthy();
    await expect(item.getByRole("link")).toHaveText(/^.+ – .+$/);
    const count = Number((await item.getByText(/ agreements?$/).textContent())!.replace(/ agreements?$/, ""));
    expect(await tableCount(page, `/agreements?party=${a}&party=${b}`), href).toBe(count);
    counts.push(count);
  }
  expect(counts).toEqual([...counts].sort((x, y) => y - x));
});

test("the keyboard reaches each bar, which shows it has the focus", async ({ page }) => {
  await page.goto("/");
  const title = "Agreements by cooperation domain";
  await chartCard(page, title).getByRole("figure").locator("figcaption").click();
  await page.keyboard.press("Tab");
  const first = bars(page, title).first();
  await expect(first).toBeFocused();
  const stroke = () =>
    first
      .locator("rect")
      .first()
      .evaluate((rect) => getComputedStyle(rect).stroke);
  expect(await stroke()).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
  await page.keyboard.press("Tab");
  await expect(bars(page, title).nth(1)).toBeFocused();
});

test("in French, the charts speak French and link to the same filters", async ({ page }) => {
  await page.goto("/");
  const english = await linksOf(bars(page, "Agreements by cooperation domain"));
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  for (const title of ["Accords par domaine de coopération", "Accords par partie", "Accords par année de signature"]) {
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    for (const { name } of await linksOf(bars(page, title))) expect(name).toMatch(/^.+ : (aucun accord|[\d\u202f\u00a0]+ accords?)$/);
  }
  const french = await linksOf(bars(page, "Accords par domaine de coopération"));
  expect(new Set(french.map((bar) => bar.href))).toEqual(new Set(english.map((bar) => bar.href)));
  await expect(page.getByRole("link", { name: /^Formation : / })).toBeVisible();
  await expect(page.getByText("Afficher les chiffres sous forme de tableau").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Les couples d’États les plus liés" })).toBeVisible();
});

for (const locale of ["en", "fr"]) {
  test(`axe finds no violation on the dashboard in ${locale}`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    for (const summary of await page.locator("summary").all()) await summary.click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
