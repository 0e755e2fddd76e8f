// Record texts that exist in one language only are marked with it (for screen readers and on screen) on pages in
// another; Arabic, the third interface language, runs right to left, names states in Arabic and searches Arabic.
import { expect, test } from "@playwright/test";

test.describe("in Arabic", () => {
  test.use({ locale: "ar" });

  test("pages run right to left, with state names and dates in Arabic, and a title without an Arabic version marked", async ({ page }) => {
    await page.goto("/agreements/ma-il-defence-mou-2021");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    const glance = page.getByRole("region", { name: "لمحة سريعة" });
    await expect(glance.getByRole("link", { name: "المغرب", exact: true })).toBeVisible();
    // No Arabic title yet: the title in the language of the text is shown, marked as French, in an Arabic interface.
    await expect(page.getByRole("heading", { level: 1 })).toContainText("الفرنسية");
    await expect(page.getByRole("heading", { level: 1 }).locator('[lang="fr"]')).toHaveText(
      "Mémorandum d’entente (MoU) dans le domaine de la défense",
    );
  });

  test("Arabic search finds Morocco's agreements, whatever the spelling of its letters", async ({ page }) => {
    for (const typed of ["المغرب", "المغربِ"]) {
      await page.goto(`/agreements?q=${encodeURIComponent(typed)}`);
      await expect(
        page.getByRole("table").getByRole("link", { name: "Mémorandum d’entente (MoU) dans le domaine de la défense" }),
        typed,
      ).toBeVisible();
    }
  });
});

test.describe("in French", () => {
  test.use({ locale: "fr" });

  test("editors' notes, written in English, are marked as English: the record's, its links' and its source's", async ({ page }) => {
    await page.goto("/agreements/ma-il-defence-mou-2021");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    const marked = (text: string) => page.locator('[lang="en"]', { hasText: text });
    const tagOf = (text: string) => marked(text).locator("xpath=following-sibling::span[1]");
    for (const note of [
      "The official title is not given in the source",
      "The communiqué places the visit within the cooperation",
      "The text as received carries no title",
    ]) {
      await expect(marked(note), note).toBeVisible();
      await expect(tagOf(note), note).toHaveText("anglais");
    }
    await expect(marked("Its conclusion was welcomed by the two ministers")).toHaveCount(2);

    await page.goto("/visits/2021-11-gantz-morocco");
    await expect(tagOf("The communiqué names Rabat as the place of the signature")).toHaveText("anglais");
  });
});
