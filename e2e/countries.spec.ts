// The countries index and a country's page, and axe on the new pages. Expected partners and counts are computed
// from the seed and the table's test records, the data the browser tests' database holds.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { unCountries } from "@/prisma/seed/countries";
import { agreements as seedAgreements, visit } from "@/prisma/seed/morocco-israel";
import { tableRecords } from "./fixtures/table-records";
import { visitRecords } from "./fixtures/visit-records";

const names = new Map(unCountries().map((country) => [country.code, country.nameEn]));
const records = [
  ...seedAgreements.map((agreement) => ({ parties: agreement.parties, domains: agreement.domains.map((d) => d.slug), archived: false })),
  ...tableRecords,
].filter((record) => !record.archived);
const ofMorocco = records.filter((record) => record.parties.includes("MA"));

const partners = (() => {
  const counts = new Map<string, number>();
  for (const record of ofMorocco) {
    for (const party of record.parties) if (party !== "MA") counts.set(party, (counts.get(party) ?? 0) + 1);
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
})();
const agreementsLabel = (count: number) => `${count} agreement${count === 1 ? "" : "s"}`;
const tableCount = (page: Page) => page.getByRole("status").filter({ hasText: /agreement/ });

test.describe("a country's page", () => {
  test("ranks Morocco's partners by number of agreements, each linking to the pair", async ({ page }) => {
    await page.goto("/countries/ma");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Morocco");
    const items = page.getByTestId("partners").getByRole("listitem");
    await expect(items).toHaveText(partners.map(([code, count]) => `${names.get(code)} (${agreementsLabel(count)})`));
    const [topCode] = partners[0]!;
    await items.first().getByRole("link").click();
    await expect(page).toHaveURL(`/pairs/${["ma", topCode.toLowerCase()].sort().join("-")}`);
  });

  test("links to the agreements table filtered to the state, whose count matches", async ({ page }) => {
    await page.goto("/countries/ma");
    await page.getByRole("link", { name: `All ${ofMorocco.length} agreements in the table` }).click();
    await expect(page).toHaveURL("/agreements?party=ma");
    await expect(tableCount(page)).toHaveText(agreementsLabel(ofMorocco.length));
  });

  test("links each domain to the table filtered to the state and the domain", async ({ page }) => {
    const training = ofMorocco.filter((record) => record.domains.includes("training")).length;
    await page.goto("/countries/ma");
    const row = page.getByTestId("domain-shares").getByRole("row", { name: /^Training/ });
    await expect(row.getByRole("cell").first()).toHaveText(String(training));
    await row.getByRole("link", { name: "Training" }).click();
    await expect(page).toHaveURL("/agreements?domain=training&party=ma");
    await expect(tableCount(page)).toHaveText(agreementsLabel(training));
  });

  test("lists the visits it received and gave, with links to the visits table", async ({ page }) => {
    await page.goto("/countries/ma");
    const received = page.getByRole("region", { name: /^Visits received/ });
    await expect(received.getByRole("link", { name: `${"Benjamin Gantz"} to Morocco` })).toHaveAttribute("href", `/visits/${visit.slug}`);
    await expect(received.getByRole("link", { name: "All visits to Morocco" })).toHaveAttribute("href", "/visits?host=ma");
    await expect(page.getByRole("link", { name: "All visits by officials of Morocco" })).toHaveAttribute("href", "/visits?visitor=ma");
  });

  test("upper case redirects permanently to the lower-case address; an unknown code is not found", async ({ page, request }) => {
    const response = await request.get("/countries/MA", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe("/countries/ma");
    await page.goto("/countries/MA");
    await expect(page).toHaveURL("/countries/ma");
    for (const path of ["/countries/zz", "/countries/mar"]) expect((await request.get(path)).status(), path).toBe(404);
  });
});

test("the countries index links every state to its page, with its number of agreements", async ({ page }) => {
  await page.goto("/countries");
  const row = page.getByTestId("country-index").getByRole("row", { name: /^Morocco/ });
  await expect(row.getByRole("cell").first()).toHaveText(String(ofMorocco.length));
  await row.getByRole("link", { name: "Morocco" }).click();
  await expect(page).toHaveURL("/countries/ma");
});

for (const path of ["/countries", "/countries/ma", "/pairs/il-ma", "/pairs/ma-us"]) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test.describe("the countries index", () => {
  const visited = new Set(
    [...visitRecords.filter((visit) => !visit.archived), { visitorCountryCode: "IL", hostCountryCode: "MA" }].flatMap((visit) => [
      visit.visitorCountryCode,
      visit.hostCountryCode,
    ]),
  );
  const recorded = new Set([...records.flatMap((record) => record.parties), ...visited]);
  const unrecorded = unCountries().find((country) => !recorded.has(country.code))!;

  test("shows the states with records, says how many others it hides, and shows them on request", async ({ page }) => {
    await page.goto("/countries");
    const index = page.getByTestId("country-index");
    await expect(index.getByRole("row")).toHaveCount(recorded.size + 1);
    await expect(index.getByRole("link", { name: unrecorded.nameEn, exact: true })).toHaveCount(0);
    const hidden = unCountries().length - recorded.size;
    await page.getByRole("link", { name: `${hidden} states without any record hidden: show them` }).click();
    await expect(page).toHaveURL("/countries?all=1");
    await expect(index.getByRole("row", { name: new RegExp(`^${unrecorded.nameEn}`) }).getByRole("cell")).toHaveText(["0", "0"]);
  });

  test("finds a state by its name in any language or its code, and sorts by each column", async ({ page }) => {
    for (const typed of ["maroc", "MA", "المغرب"]) {
      await page.goto(`/countries?q=${encodeURIComponent(typed)}`);
      await expect(page.getByTestId("country-index").getByRole("link", { name: "Morocco", exact: true }), typed).toBeVisible();
    }
    await page.goto("/countries");
    await page
      .getByTestId("country-index")
      .getByRole("link", { name: /^Agreements/ })
      .click();
    await expect(page).toHaveURL("/countries?sort=-agreements");
    const busiest = [...recorded].sort((a, b) => ofCount(b) - ofCount(a))[0]!;
    await expect(page.getByTestId("country-index").getByRole("row").nth(1).getByRole("cell").first()).toHaveText(String(ofCount(busiest)));
  });
});

function ofCount(code: string) {
  return records.filter((record) => record.parties.includes(code)).length;
}
