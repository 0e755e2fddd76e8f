// Arabic, the third interface language: pages run right to left, states are named in Arabic, record texts that
// exist in another language only are marked with it (for screen readers and on screen), and search reads Arabic.
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
