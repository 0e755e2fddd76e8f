// What the reader pages make a browser download: the gzip bytes of every module script of each page (as a modern
// browser fetches them; `noModule` ones are skipped), within the budget of scripts/bench/reader-pages.ts, and no zod
// in any of them (the URL parsers and form schemas stay on the server; forms ship theirs on form pages only).
import { gzipSync } from "node:zlib";
import { expect, test, type Page, type Response } from "@playwright/test";
import { javascriptBudgetKb, readerPages } from "../scripts/bench/reader-pages";
import { accounts, signIn } from "./fixtures/accounts";

// zod's base schema names itself with this string in every build, minified or not.
const zodMark = "$ZodType";

function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1]!)
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .flatMap((attributes) => attributes.match(/\bsrc="([^"]+)"/)?.[1] ?? []);
}

for (const path of readerPages) {
  test(`${path}: JavaScript within ${javascriptBudgetKb(path)} KB gzip, without zod`, async ({ request }) => {
    const page = await request.get(path);
    expect(page.status()).toBe(200);
    const sources = scriptSources(await page.text());
    expect(sources.length).toBeGreaterThan(0);
    let bytes = 0;
    for (const src of sources) {
      const script = await (await request.get(src)).text();
      expect(script.includes(zodMark), `${src} holds zod`).toBe(false);
      bytes += gzipSync(script).length;
    }
    expect(bytes / 1024).toBeLessThanOrEqual(javascriptBudgetKb(path));
  });
}

test("the forms still ship their validation: zod is in the sign-in page's scripts", async ({ request }) => {
  // The check above would pass on a build that had no zod anywhere; this shows the mark is the right one.
  const sources = scriptSources(await (await request.get("/sign-in")).text());
  const scripts = await Promise.all(sources.map(async (src) => (await request.get(src)).text()));
  expect(scripts.some((script) => script.includes(zodMark))).toBe(true);
});

// The editors' controls name their messages' namespace, a string that minifying keeps.
const editorToolsMark = '"agreementTools"';

/** The text of every script the page downloads while it opens and comes to rest. */
async function downloadedScripts(page: Page, path: string): Promise<string[]> {
  const texts: Promise<string>[] = [];
  const collect = (response: Response) => {
    if (response.request().resourceType() === "script") texts.push(response.text());
  };
  page.on("response", collect);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  page.off("response", collect);
  return Promise.all(texts);
}

test("a reader's record page downloads none of the editors' controls, which an editor's page loads", async ({ page }) => {
  const record = "/agreements/ma-il-defence-mou-2021";
  expect((await downloadedScripts(page, record)).some((script) => script.includes(editorToolsMark))).toBe(false);
  await signIn(page, accounts.editor);
  expect((await downloadedScripts(page, record)).some((script) => script.includes(editorToolsMark))).toBe(true);
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toBeVisible();
});
