// `npm run bench:js [-- --no-build --chunks --db .tmp/lighthouse.db]`
// What JavaScript each reader page makes a modern browser download: builds the app (into .next-bench, as the
// benchmark does), starts it on a database (default: Lighthouse's, see npm run lighthouse), reads every
// `<script src>` of each page (leaving out `noModule` ones, which modern browsers skip) and prints the gzip bytes per
// page beside the target and the budget the browser tests hold it to (scripts/bench/reader-pages.ts). With
// --chunks, every script of every page with its own weight, biggest first, to see where the bytes go.
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { javascriptBudgetKb, javascriptTargetKb, readerPages } from "./bench/reader-pages";
import { buildApp, startApp } from "./bench/server";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: ".tmp/lighthouse.db" },
    "no-build": { type: "boolean", default: false },
    chunks: { type: "boolean", default: false },
  },
});

const gzipKb = (text: string) => gzipSync(text).length / 1024;

/** The `src` of each module script of an HTML page, in order. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1]!)
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .flatMap((attributes) => attributes.match(/\bsrc="([^"]+)"/)?.[1] ?? []);
}

if (!values["no-build"]) buildApp();
const { server, base } = await startApp(`file:${values.db}`, true);
const weights = new Map<string, number>();
const rows: Record<string, string | number>[] = [];
try {
  for (const page of readerPages) {
    const html = await (await fetch(`${base}${page}`)).text();
    const sources = scriptSources(html);
    let total = 0;
    for (const src of sources) {
      if (!weights.has(src)) weights.set(src, gzipKb(await (await fetch(new URL(src, base))).text()));
      total += weights.get(src)!;
    }
    rows.push({
      page,
      scripts: sources.length,
      "JS KB (gzip)": total.toFixed(1),
      "issue's target": javascriptTargetKb(page),
      "tests' budget": javascriptBudgetKb(page),
    });
    if (values.chunks) {
      console.log(`\n${page}`);
      for (const src of [...sources].sort((a, b) => weights.get(b)! - weights.get(a)!))
        console.log(`  ${weights.get(src)!.toFixed(1).padStart(6)} KB  ${src}`);
    }
  }
} finally {
  server.kill();
}
console.log("\nJavaScript a modern browser downloads (every <script src> but noModule ones, gzip), production build");
console.table(rows);
