// `npm run bench [-- --db .tmp/bench.db --runs 7 --duration 5 --connections 20 --only "domain only,dashboard" --no-build]`
// `npm run bench -- --db postgresql://user@host:5432/accords_bench`: the same on PostgreSQL.
// Prints, for a fixed set of views on a synthetic database (make one with `npm run db:synth`): the raw SQL
// time of the view's own queries, the app's time to serve the same page over HTTP from the app server (server.mjs), their
// ratio, and latency and throughput with concurrent clients (autocannon). Medians. `--only a,b` keeps the
// views whose name contains one of the given texts.
import autocannon from "autocannon";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { SqlFragment } from "@/lib/db/sql/fragments";
import { type BenchDatabase, ensureViewerAccount, isPostgresUrl, openBenchDatabase } from "./bench/database";
import { buildApp, html, httpTime, median, pageTime, startApp } from "./bench/server";
import { views } from "./bench/views";
import { openBenchWriter } from "./bench/write";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: ".tmp/bench.db" },
    runs: { type: "string", default: "7" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "20" },
    only: { type: "string" },
    // Reuse the last build in .next-bench (when only the database changed since).
    "no-build": { type: "boolean", default: false },
  },
});

const postgresql = isPostgresUrl(values.db);
const target = postgresql ? values.db : path.resolve(values.db);
if (!postgresql && !existsSync(target)) {
  console.error(`bench: ${values.db} does not exist. Make it with: npm run db:synth -- --count 250000 --db ${values.db}`);
  process.exit(2);
}
const databaseUrl = postgresql ? target : `file:${target}`;
const shownDb = values.db.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
const runs = Number(values.runs);
const only = values.only?.split(",").map((part) => part.trim());
const selected = views.filter((view) => !only || only.some((part) => view.name.includes(part)));
if (selected.length === 0) {
  console.error(`bench: no view's name contains "${values.only}"; the views: ${views.map((view) => view.name).join(", ")}`);
  process.exit(2);
}

const load1 = () => os.loadavg()[0]!.toFixed(2);
const loadAtStart = load1();

// The home page sends visitors to the first-run setup while the database has no account, and a synthetic
// database has none: the bench gives it one, a viewer without a password (nobody can sign in with it), so
// that `/` is measured as the dashboard. It never writes to the app's own database.
async function ensureAccount(db: BenchDatabase) {
  if (target === path.resolve("prisma/dev.db")) {
    const [row] = await db.all<{ n: number | string }>({ sql: `SELECT COUNT(*) AS "n" FROM "User"`, params: [] });
    if (Number(row?.n) === 0) throw new Error("the app's own database has no account; make one first");
    return;
  }
  if (await ensureViewerAccount(db, "bench")) {
    console.log(`bench: ${shownDb} had no account; added a viewer without a password, so / shows the dashboard`);
  }
}

interface ResolvedView {
  name: string;
  url: string;
  fragments: SqlFragment[];
}

async function resolveViews(db: BenchDatabase): Promise<ResolvedView[]> {
  const resolved: ResolvedView[] = [];
  for (const view of selected) {
    const address = typeof view.path === "function" ? await view.path(db) : view.path;
    resolved.push({ name: view.name, url: view.query ? `${address}?${view.query}` : address, fragments: await view.raw(db) });
  }
  return resolved;
}

async function rawTimes(db: BenchDatabase, resolved: ResolvedView[]): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const view of resolved) {
    if (view.fragments.length === 0) {
      times.set(view.name, 0);
      continue;
    }
    const samples: number[] = [];
    for (let run = 0; run < runs + 1; run++) {
      const start = performance.now();
      for (const query of view.fragments) await db.all(query);
      if (run > 0) samples.push(performance.now() - start); // the first run warms the cache
    }
    times.set(view.name, median(samples));
  }
  return times;
}

async function concurrentLoad(url: string) {
  const result = await autocannon({
    url,
    headers: html,
    connections: Number(values.connections),
    duration: Number(values.duration),
  });
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.non2xx };
}

const db = await openBenchDatabase(target);
await ensureAccount(db);
const resolved = await resolveViews(db);
const raw = await rawTimes(db, resolved);
const [{ agreements }] = (await db.all<{ agreements: number | string }>({
  sql: `SELECT COUNT(*) AS "agreements" FROM "Agreement"`,
  params: [],
})) as [{ agreements: number }];
await db.close();
if (!values["no-build"]) buildApp();

// Without caches: what the app costs when it has to run the queries and render the page.
const uncached = new Map<string, number>();
{
  const { server, base } = await startApp(databaseUrl, false);
  try {
    for (const view of resolved) uncached.set(view.name, await httpTime(`${base}${view.url}`, runs));
  } finally {
    server.kill();
  }
}

// The floor: what the app server (server.mjs) takes to answer with a file it has ready (a JavaScript chunk of the build),
// so a view's time can be read against the least any answer from this server costs.
async function floorTime(base: string): Promise<number> {
  const page = await (await fetch(`${base}/agreements`, { headers: html })).text();
  const chunk = page.match(/\/_next\/static\/chunks\/[^"']+\.js/)?.[0];
  if (!chunk) throw new Error("no static chunk found in the page");
  return httpTime(`${base}${chunk}`, runs);
}

// The first request after a write: the write moves the change counter, so the kept results and pages of every
// app server are stale and this request runs the view's queries and renders it again. The median of `runs`, each
// after an archive and a restore of the same agreement by the record writer. Never on the app's own database.
const writable = target !== path.resolve("prisma/dev.db");
async function afterWriteTime(url: string, writer: Awaited<ReturnType<typeof openBenchWriter>>): Promise<number> {
  await pageTime(url);
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    await writer.writeTwice();
    samples.push(await pageTime(url));
  }
  return median(samples);
}

// With caches, as served: the first request of each view fills them, the rest are served from them.
const { server, base } = await startApp(databaseUrl, true);
const writer = writable ? await openBenchWriter(databaseUrl) : null;
const rows: Record<string, string | number>[] = [];
let floor = 0;
try {
  floor = await floorTime(base);
  for (const view of resolved) {
    const url = `${base}${view.url}`;
    const afterWrite = writer ? await afterWriteTime(url, writer) : null;
    const app = await httpTime(url, runs);
    const concurrent = await concurrentLoad(url);
    const sql = raw.get(view.name)!;
    rows.push({
      view: view.name,
      // A view without raw SQL of its own (raw returns []) has no ratio to show.
      "raw SQL ms": sql > 0 ? sql.toFixed(1) : "–",
      "app ms": app.toFixed(1),
      "app/raw": sql > 0 ? (app / sql).toFixed(2) : "–",
      "app ms, no cache": uncached.get(view.name)!.toFixed(1),
      "first after a write ms": afterWrite === null ? "–" : afterWrite.toFixed(1),
      [`p50 ms (${values.connections} clients)`]: concurrent.p50,
      "p99 ms": concurrent.p99,
      "req/s": Math.round(concurrent.rps),
      errors: concurrent.errors,
    });
  }
} finally {
  server.kill();
  await writer?.close();
}
console.log(`\nViews on ${Number(agreements).toLocaleString("en")} agreements (${shownDb}); medians of ${runs} runs`);
console.log(
  `raw SQL = the view's own queries on ${postgresql ? "node-postgres" : "better-sqlite3"} (table views: page ids + count + domain counts;`,
);
console.log("  dashboard: counts by domain, year, party and pair); app = GET of the HTML page from the app server");
console.log(`floor = ${floor.toFixed(1)} ms: the app server serving a static JavaScript chunk of the same build`);
console.log(
  `first after a write = GET right after the record writer archived and restored ${writer ? "an agreement" : "nothing (the app's own database is never written)"}`,
);
console.log(`machine load (1-minute average, ${os.availableParallelism()} cores): ${loadAtStart} at the start, ${load1()} at the end`);
console.table(rows);
