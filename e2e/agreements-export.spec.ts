// Downloads of the matching agreements from the table, and the JSON API behind the same URL contract.
import { readFile } from "node:fs/promises";
import { test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { expect, openTable, pageSize, rowTitles, titles } from "./fixtures/agreements-table";
import { bulkRecordCount, maritimeSecurity } from "./fixtures/table-records";

const csvHeader = [
  "slug",
  "title",
  "title_language",
  "form",
  "status",
  "signed_on",
  "place",
  "party_codes",
  "parties",
  "domain_slugs",
  "domains",
  "visit",
  "url",
];

async function download(page: Page, format: "CSV" | "JSON") {
  const exports = page.getByRole("group", { name: "Export the matching agreements" });
  const [file] = await Promise.all([page.waitForEvent("download"), exports.getByRole("link", { name: format }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test("the CSV export holds a header row and only the filtered agreements, accents intact", async ({ page }) => {
  await openTable(page, "/agreements?party=fr&party=ma");
  await expect(rowTitles(page)).toHaveText([titles.naval, titles.maritime]);
  const { name, bytes } = await download(page, "CSV");
  expect(name).toMatch(/^accords-agreements-\d{4}-\d{2}-\d{2}\.csv$/);
  // UTF-8 with a byte-order mark, so spreadsheets read the accents right.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
  const { data } = Papa.parse<string[]>(text.trimEnd(), { newline: "\r\n" });
  expect(data[0]).toEqual(csvHeader);
  const records = data.slice(1).map((row) => Object.fromEntries(csvHeader.map((column, index) => [column, row[index]])));
  expect(records.map((record) => record.slug)).toEqual(["test-fr-ma-naval-joint-statement-2015", "test-fr-ma-maritime-security-1999"]);
  expect(records[1]).toMatchObject({
    title: "Accord de sécurité maritime",
    title_language: "fr",
    signed_on: maritimeSecurity.signedOn,
    place: "Paris, France",
    party_codes: "FR;MA",
    parties: "France; Morocco",
  });
});

test("the JSON export holds every matching agreement, not only the page shown", async ({ page }) => {
  await openTable(page, "/agreements?party=be");
  await expect(rowTitles(page)).toHaveCount(pageSize);
  const { name, bytes } = await download(page, "JSON");
  expect(name).toMatch(/^accords-agreements-\d{4}-\d{2}-\d{2}\.json$/);
  const items: { slug: string; parties: { code: string }[] }[] = JSON.parse(bytes.toString("utf8"));
  expect(items).toHaveLength(bulkRecordCount);
  expect(new Set(items.map((item) => item.slug)).size).toBe(bulkRecordCount);
  for (const item of items) expect(item.parties.map((party) => party.code)).toEqual(["BE", "LU"]);
});

test("the JSON export keeps the accents of the titles", async ({ page }) => {
  await openTable(page, "/agreements?q=securite+maritime");
  await expect(rowTitles(page)).toHaveText([titles.maritime]);
  const { bytes } = await download(page, "JSON");
  const items: { slug: string; title: string }[] = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  expect(items.map((item) => [item.slug, item.title])).toEqual([[maritimeSecurity.slug, "Accord de sécurité maritime"]]);
});

test("the API answers a page of the search with its total", async ({ request }) => {
  const response = await request.get("/api/agreements?party=il&party=ma");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(Object.keys(body).sort()).toEqual(["items", "page", "pageCount", "size", "total"]);
  // The four agreements of the seed; no added record is between Israel and Morocco.
  expect(body).toMatchObject({ total: 4, page: 1, size: 25, pageCount: 1 });
  expect(body.items.map((item: { slug: string }) => item.slug)).toContain("ma-il-defence-mou-2021");
  expect(body.items).toHaveLength(4);
});

test("the API pages as the table does", async ({ request }) => {
  const body = await (await request.get("/api/agreements?party=be&page=2")).json();
  expect(body).toMatchObject({ total: bulkRecordCount, page: 2, size: 25, pageCount: 2 });
  expect(body.items).toHaveLength(bulkRecordCount - 25);
});

test("an unknown export format answers 400 with a message", async ({ request }) => {
  const response = await request.get("/api/agreements/export?format=xml");
  expect(response.status()).toBe(400);
  expect((await response.json()).error).toBe('Unknown format "xml": use csv or json.');
});
