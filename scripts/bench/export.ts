// `npm run bench:export -- [--db .tmp/bench.db --format csv --rate 2000000 --page "/agreements?q=maroc" --no-build]`
// Prints what an export of every agreement costs the app server, first alone, then with table pages asked
// meanwhile: its resident memory before, at its peak during and after the export (VmRSS read every 200 ms), the
// export's time and size, and a table page's time with and without the export running (the server runs without its caches, so each page runs its queries). --rate makes
// the reader take at most that many bytes a second, as a slow client would: the server must then wait for it
// rather than hold what it has not sent. --db takes a SQLite file or a postgresql:// URL.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildApp, median, pageTime, startApp } from "./server";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: ".tmp/bench.db" },
    format: { type: "string", default: "csv" },
    rate: { type: "string" },
    page: { type: "string", default: "/agreements?q=maroc" },
    runs: { type: "string", default: "7" },
    "no-build": { type: "boolean", default: false },
  },
});

const postgresql = /^postgres(ql)?:\/\//.test(values.db);
if (!postgresql && !existsSync(values.db)) {
  console.error(`bench:export: ${values.db} does not exist. Make it with: npm run db:synth -- --count 250000 --db ${values.db}`);
  process.exit(2);
}
const databaseUrl = postgresql ? values.db : `file:${path.resolve(values.db)}`;
const rate = values.rate ? Number(values.rate) : Number.POSITIVE_INFINITY;
const runs = Number(values.runs);
const mb = (kb: number) => (kb / 1024).toFixed(0);
/** "total (own + files)" in MB. */
const shown = ({ total, anon, file }: Resident) => `${mb(total)} (${mb(anon)} + ${mb(file)})`;

/** The process's resident memory in kB: all of it, its own (heap, stacks, native allocations) and mapped files. */
function resident(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))?.[1] ?? 0);
  return { total: kb("VmRSS"), anon: kb("RssAnon"), file: kb("RssFile") };
}
type Resident = ReturnType<typeof resident>;

/** Reads the whole export, no faster than `rate` bytes a second; its size and time. */
async function readExport(url: string) {
  const start = performance.now();
  const response = await fetch(url);
  if (response.status !== 200 || !response.body) throw new Error(`${url} answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) {
    bytes += chunk.byteLength;
    const due = (bytes / rate) * 1000 - (performance.now() - start);
    if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
  }
  return { bytes, ms: performance.now() - start };
}

/**
 * One export, the server's resident memory sampled every 200 ms; with `pages`, table pages asked one after another
 * meanwhile (a pause between them so they do not crowd the export out), timed.
 */
async function exportOnce(pid: number, base: string, pageUrl: string, pages: boolean) {
  const before = resident(pid);
  const peak = { ...before };
  const sampler = setInterval(() => {
    const now = resident(pid);
    for (const key of ["total", "anon", "file"] as const) peak[key] = Math.max(peak[key], now[key]);
  }, 200);
  let exporting = true;
  const exported = readExport(`${base}/api/agreements/export?format=${values.format}`).finally(() => {
    exporting = false;
  });
  const busy: number[] = [];
  while (pages && exporting) {
    busy.push(await pageTime(pageUrl));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { bytes, ms } = await exported;
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return { bytes, ms, before, peak, after: resident(pid), busy };
}

if (!values["no-build"]) buildApp();
const { server, base } = await startApp(databaseUrl, false);
try {
  const pid = server.pid!;
  const pageUrl = `${base}${values.page}`;
  await pageTime(pageUrl);
  // A small export first, so the route's code is loaded and compiled before the measure, as the page's is.
  await readExport(`${base}/api/agreements/export?format=${values.format}&q=gantz`);
  const quiet: number[] = [];
  for (let run = 0; run < runs; run++) quiet.push(await pageTime(pageUrl));
  const quietMs = median(quiet);
  // First the export alone: what it costs the server by itself. Then again with pages asked meanwhile: their time,
  // and what both cost together (each page's render also leaves garbage that the collector gathers later).
  const rows = [];
  for (const pages of [false, true]) {
    const { bytes, ms, before, peak, after, busy } = await exportOnce(pid, base, pageUrl, pages);
    const busyMs = busy.length > 0 ? median(busy) : Number.NaN;
    rows.push({
      "pages meanwhile": pages ? busy.length : 0,
      "export s": (ms / 1000).toFixed(1),
      "export MB": (bytes / 1e6).toFixed(1),
      "RSS MB before": shown(before),
      peak: shown(peak),
      after: shown(after),
      growth: shown({ total: peak.total - before.total, anon: peak.anon - before.anon, file: peak.file - before.file }),
      [`page ms (${values.page})`]: quietMs.toFixed(1),
      "page ms during export": pages ? busyMs.toFixed(1) : "",
      ratio: pages ? (busyMs / quietMs).toFixed(2) : "",
    });
  }
  console.log("RSS = resident memory of the app server, in MB: total (its own + mapped files, e.g. SQLite's mmap)");
  console.log(`\nExport of every agreement as ${values.format} from ${values.db}${values.rate ? `, read at ≤ ${values.rate} B/s` : ""}`);
  console.table(rows);
} finally {
  server.kill();
}
