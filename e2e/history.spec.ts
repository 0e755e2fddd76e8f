// A record's history as readers see it, on the seeded MoU: names in the reader's language rather than codes and
// addresses, dates written out, and the communiqué's sentence quoted once with the words naming each domain marked.
import { expect, test } from "@playwright/test";

test("the MoU's history names states, languages, visits and related agreements, with dates written out", async ({ page }) => {
  await page.goto("/agreements/ma-il-defence-mou-2021");
  const created = page.getByRole("region", { name: "History" }).getByRole("listitem").filter({ hasText: "Version 1" });
  const value = (field: string) => created.locator("dt", { hasText: new RegExp(`^${field}$`) }).locator("+ dd");
  await expect(value("Language of the text")).toHaveText("French");
  await expect(value("Country of signature")).toHaveText("Morocco");
  await expect(value("Parties").getByRole("listitem")).toHaveText(["Morocco", "Israel"]);
  await expect(value("Date of signature")).toHaveText("24 November 2021");
  await expect(value("Visit during which it was signed")).toHaveText("Benjamin Gantz to Morocco (23–24 November 2021)");
  await expect(value("Related agreements")).toContainText("Related to: Memorandum of understanding on cooperation in cybersecurity");
  await expect(created).not.toContainText("RELATED");
  await expect(created).not.toContainText("2021-11-24");
  await expect(created).not.toContainText("Archived");
});

test("the MoU's history quotes the communiqué's sentence once, marking the words that name each domain", async ({ page }) => {
  await page.goto("/agreements/ma-il-defence-mou-2021");
  const created = page.getByRole("region", { name: "History" }).getByRole("listitem").filter({ hasText: "Version 1" });
  await expect(created.getByText("Le Maroc et l’Etat d’Israël ont signé", { exact: false }).filter({ visible: true })).toHaveCount(1);
  await expect(created.locator("mark")).toHaveText([
    "échanges d’expériences et d’expertise",
    "transfert technologique",
    "formations",
    "industrie de défense",
  ]);
  // The source's whole text is folded away until asked for.
  const excerpt = created.locator("details").filter({ hasText: "Quoted text" });
  await expect(excerpt.locator("blockquote")).toBeHidden();
  await excerpt.locator("summary").click();
  await expect(excerpt.locator("blockquote")).toContainText("La visite officielle du responsable israélien");
});

test.describe("in French", () => {
  test.use({ locale: "fr-FR" });

  test("the history speaks French: names, languages and dates", async ({ page }) => {
    await page.goto("/agreements/ma-il-defence-mou-2021");
    const created = page.getByRole("region", { name: "Historique" }).getByRole("listitem").filter({ hasText: "Version 1" });
    await expect(created).toContainText("Maroc");
    await expect(created).toContainText("24 novembre 2021");
    await expect(created).toContainText("français");
    await expect(created.locator("mark")).toHaveCount(4);
  });
});
