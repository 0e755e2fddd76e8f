import { expect, test } from "@playwright/test";
import { visibleAgreementCount } from "./fixtures/table-records";

// The seed's agreements and those the agreements table's tests add (e2e/fixtures/table-records.ts).
const agreementCount = `${visibleAgreementCount} agreements`;

test("the home page loads with the latest agreements and visits", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Agreements between states, with their sources" })).toBeVisible();
  await expect(page.getByText(agreementCount)).toBeVisible();
  await expect(page.getByRole("link", { name: "Memorandum of understanding in the field of defence" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Benjamin Gantz to Morocco" }).first()).toBeVisible();
});

test("the agreements page lists every agreement and opens the MoU", async ({ page }) => {
  await page.goto("/agreements?size=100");
  await expect(page.getByText(agreementCount)).toBeVisible();
  await expect(page.getByRole("main").locator('a[href^="/agreements/"]')).toHaveCount(visibleAgreementCount);
  await page.getByRole("link", { name: "Memorandum of understanding in the field of defence" }).click();
  await expect(page).toHaveURL(/\/agreements\/ma-il-defence-mou-2021$/);
});

test("the MoU page shows its signatories, domains with evidence, and visit", async ({ page }) => {
  await page.goto("/agreements/ma-il-defence-mou-2021");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memorandum of understanding in the field of defence");
  const parties = page.getByRole("region", { name: "Parties and signatories" });
  await expect(parties.getByText("Benjamin Gantz")).toBeVisible();
  await expect(parties.getByText("Abdeltif Loudyi")).toBeVisible();
  const domains = page.getByRole("region", { name: "Cooperation domains" });
  for (const domain of ["Training", "Technology transfer", "Defence industry", "Exchange of experience and expertise"]) {
    await expect(domains.getByText(domain, { exact: true })).toBeVisible();
  }
  await expect(domains.locator("blockquote").first()).toContainText("le transfert technologique");
  const visit = page.getByRole("region", { name: "Signed during" });
  await expect(visit.getByText("23–24 November 2021")).toBeVisible();
  await visit.getByRole("link", { name: "Benjamin Gantz to Morocco" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Benjamin Gantz to Morocco");
  await expect(page.getByRole("region", { name: "Agreements signed during the visit" }).getByRole("link")).toHaveText([
    "Memorandum of understanding in the field of defence",
  ]);
});

test("the visit page shows both meetings, one counterpart known only by title", async ({ page }) => {
  await page.goto("/visits/2021-11-gantz-morocco");
  const meetings = page.getByRole("region", { name: "Meetings" });
  await expect(meetings.getByRole("listitem")).toHaveCount(2);
  await expect(meetings.getByText("Abdeltif Loudyi")).toBeVisible();
  await expect(meetings.getByText("Name not given in the sources")).toBeVisible();
});

test("the language switch turns the interface and the records French, accents intact", async ({ page }) => {
  await page.goto("/agreements/ma-il-defence-mou-2021");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveURL(/\/agreements\/ma-il-defence-mou-2021$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mémorandum d’entente dans le domaine de la défense");
  await expect(page.getByRole("region", { name: "Domaines de coopération" }).getByText("Transfert de technologie")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Visites" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Les accords entre États, avec leurs sources");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("an unknown agreement answers 404 with a way back", async ({ page }) => {
  const response = await page.goto("/agreements/no-such-agreement");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
