// Cooperation domains: anyone reads them; editors add and rename them; viewers see no edit control.
import { expect, test } from "@playwright/test";
import { accounts, signIn, writesURL } from "./fixtures/accounts";
import { openFilter, openTable } from "./fixtures/agreements-table";

// These tests add and change records: they run on their own copy of the database.
test.use({ baseURL: writesURL });

test("anyone sees the domains with their agreement counts, linked to the filtered table", async ({ page }) => {
  await page.goto("/domains");
  await expect(page.getByRole("heading", { level: 1, name: "Cooperation domains" })).toBeVisible();
  const training = page.getByRole("row", { name: /^Training/ });
  await expect(training.getByRole("cell", { name: "Formation" })).toBeVisible();
  await training.getByRole("link", { name: /agreements? in Training/ }).click();
  await expect(page).toHaveURL(/\/agreements\?domain=training$/);
  await expect(page.getByRole("link", { name: "Add a cooperation domain" })).toHaveCount(0);
});

test("a viewer sees no control to add or edit a domain, and the edit page refuses them", async ({ page }) => {
  await signIn(page, accounts.viewer);
  await page.goto("/domains");
  await expect(page.getByRole("heading", { name: "Add a cooperation domain" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Edit / })).toHaveCount(0);
  const response = await page.goto("/domains/training/edit");
  expect(response?.status()).toBe(403);
});

test("an editor adds a domain, which the table's filter then offers, and renames it", async ({ page }) => {
  await signIn(page, accounts.editor);
  await page.goto("/domains");
  const form = page.getByRole("region", { name: "Add a cooperation domain" });
  await form.getByRole("button", { name: "Add the domain" }).click();
  const summary = form.getByRole("alert");
  await expect(summary).toContainText("Name in English: This field is required.");
  await expect(summary).toContainText("Name in French: This field is required.");

  await form.getByLabel("Name in English").fill("training");
  await form.getByLabel("Name in French").fill("Guerre électronique");
  await form.getByRole("button", { name: "Add the domain" }).click();
  await expect(summary).toContainText("Name in English: Another cooperation domain already has this name.");
  await expect(form.getByLabel("Name in French")).toHaveValue("Guerre électronique");

  await form.getByLabel("Name in English").fill("Electronic warfare");
  await form.getByLabel("Description in English").fill("Jamming, electronic support and protection.");
  await form.getByRole("button", { name: "Add the domain" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved: Electronic warfare.");
  const row = page.getByRole("row", { name: /^Electronic warfare/ });
  await expect(row.getByRole("cell", { name: "Guerre électronique" })).toBeVisible();

  await openTable(page, "/agreements");
  const domains = await openFilter(page, "Cooperation domain");
  await expect(domains.getByRole("checkbox", { name: /^Electronic warfare\b/ })).toHaveAccessibleName("Electronic warfare no agreement");

  await page.goto("/domains");
  await page.getByRole("link", { name: "Edit Electronic warfare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit Electronic warfare" })).toBeVisible();
  await page.getByLabel("Name in English").fill("Electronic warfare and signals");
  // The Arabic name is optional, and checked like the others: Training's, with its alef written plainly, is taken.
  await page.getByLabel("Name in Arabic").fill("  ألتدريب ");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Name in Arabic: Another cooperation domain already has this name.",
  );
  await expect(page.getByLabel("Name in English")).toHaveValue("Electronic warfare and signals");
  await page.getByLabel("Name in Arabic").fill("الحرب الإلكترونية");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page).toHaveURL(/\/domains\?saved=electronic-warfare#electronic-warfare$/);
  await expect(page.getByRole("status")).toHaveText("Saved: Electronic warfare and signals.");
  const renamed = page.getByRole("row", { name: /^Electronic warfare and signals/ });
  await expect(renamed.getByRole("cell", { name: "الحرب الإلكترونية" })).toHaveAttribute("lang", "ar");
});
