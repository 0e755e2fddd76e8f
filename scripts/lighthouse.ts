// `npm run lighthouse [-- --no-build --runs 3 --form mobile|desktop|both --db .tmp/lighthouse.db --only /pairs,/visits]`
// Builds the app (into .next-bench, as the benchmark does), starts it on a free port on a database of its own (made
// with db:synth, 2,000 agreements, the first time), and runs Lighthouse 12 in the system's whole Chromium on the
// reader pages, as a phone (Lighthouse's default: Moto G Power, slow 4G, 4× CPU slowdown) and as a desktop. Prints,
// per page and form, the medians of the runs: performance and accessibility scores, LCP, TBT, CLS, the JavaScript
// a browser downloads (bytes over the wire, gzip) and Lighthouse's CPU benchmark index, which shows a busy machine
// as such (a quiet one scores ~1,000 and more; below ~700 the timings are the machine's, not the page's).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { wholeChromiumPath } from "../e2e/browser.mjs";
import { ensureViewerAccount, openBenchDatabase } from "./bench/database";
import { readerPages } from "./bench/reader-pages";
import { buildApp, median, startApp } from "./bench/server";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: ".tmp/lighthouse.db" },
    runs: { type: "string", default: "3" },
    form: { type: "string", default: "both" },
    "no-build": { type: "boolean", default: false },
    only: { type: "string" },
  },
});

// `--only a,b` keeps the pages whose address contains one of the given texts.
const pages = values.only ? readerPages.filter((page) => values.only!.split(",").some((part) => page.includes(part))) : readerPages;
const forms = values.form === "both" ? (["mobile", "desktop"] as const) : ([values.form] as ("mobile" | "desktop")[]);
if (!forms.every((form) => form === "mobile" || form === "desktop")) {
  console.error(`lighthouse: --form is mobile, desktop or both, not "${values.form}"`);
  process.exit(2);
}
const runs = Number(values.runs);
const file = path.resolve(values.db);

const chromePath = wholeChromiumPath();
if (!chromePath) {
  console.error("lighthouse: needs the whole Chromium browser (Debian: apt-get install chromium)");
  process.exit(2);
}

// A database of its own: the seed and 2,000 synthetic agreements, so the tables show full pages; and an account,
// so that / is the dashboard rather than the first-run setup.
if (!existsSync(file)) execFileSync("npm", ["run", "db:synth", "--", "--count", "2000", "--db", file], { stdio: "inherit" });
{
  const db = await openBenchDatabase(file);
  await ensureViewerAccount(db, "lighthouse");
  await db.close();
}

if (!values["no-build"]) buildApp();
const { server, base } = await startApp(`file:${file}`, true);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});

interface Measure {
  performance: number;
  accessibility: number;
  lcp: number;
  tbt: number;
  cls: number;
  jsKb: number;
  benchmarkIndex: number;
}

/** Accessibility audits a page fails, each with the first element it names: what to mend when the score is below 100. */
const accessibilityFailures = new Map<string, Set<string>>();

function noteAccessibilityFailures(page: string, form: string, lhr: Result) {
  for (const ref of lhr.categories.accessibility?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || ref.weight === 0 || audit.score === null || audit.score === 1) continue;
    const items = (audit.details as { items?: { node?: { snippet?: string; selector?: string } }[] } | undefined)?.items ?? [];
    const first = items[0]?.node;
    const key = `${form} ${page}`;
    const found = accessibilityFailures.get(key) ?? new Set<string>();
    found.add(`${audit.id} (${items.length}): ${first?.selector ?? ""} ${first?.snippet ?? ""}`.trim());
    accessibilityFailures.set(key, found);
  }
}

function measure(lhr: Result): Measure {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const resources = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)
    ?.items;
  const script = resources?.find((item) => item.resourceType === "script");
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    jsKb: (script?.transferSize ?? 0) / 1024,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/**
 * One Lighthouse run. A run whose trace Lighthouse could not record (NO_NAVSTART and the like, which a busy machine
 * provokes now and then) is run again, up to three times.
 */
async function audit(url: string, form: "mobile" | "desktop"): Promise<Result> {
  const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] };
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, flags, form === "desktop" ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    if (!result.lhr.runtimeError) return result.lhr;
    if (attempt === 3) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    console.log(`lighthouse: ${url} (${form}): ${result.lhr.runtimeError.code}, running it again`);
  }
}

const rows: Record<string, string | number>[] = [];
try {
  for (const form of forms) {
    for (const page of pages) {
      const samples: Measure[] = [];
      for (let run = 0; run < runs; run++) {
        const lhr = await audit(`${base}${page}`, form);
        noteAccessibilityFailures(page, form, lhr);
        samples.push(measure(lhr));
      }
      const middle = (pick: (sample: Measure) => number) => median(samples.map(pick));
      rows.push({
        form,
        page,
        performance: middle((sample) => sample.performance),
        accessibility: middle((sample) => sample.accessibility),
        "LCP ms": Math.round(middle((sample) => sample.lcp)),
        "TBT ms": Math.round(middle((sample) => sample.tbt)),
        CLS: middle((sample) => sample.cls).toFixed(3),
        "JS KB (gzip)": middle((sample) => sample.jsKb).toFixed(1),
        "CPU index": Math.round(middle((sample) => sample.benchmarkIndex)),
      });
    }
  }
} finally {
  chrome.kill();
  server.kill();
}
console.log(`\nLighthouse 12 on a production build (${file}); medians of ${runs} runs; machine load ${os.loadavg()[0]!.toFixed(2)}`);
console.table(rows);
for (const [where, failures] of accessibilityFailures) {
  console.log(`\nAccessibility, ${where}:`);
  for (const failure of failures) console.log(`  ${failure}`);
}
