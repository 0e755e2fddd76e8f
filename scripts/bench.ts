// `npm run bench [-- --db .tmp/bench.db --runs 7 --duration 5 --connections 20]`
// Prints, for a fixed set of table views on a synthetic database (make one with `npm run db:synth`):
// the raw SQL time of the page's ids and count, the app's time to serve the same page over HTTP from
// `next start`, their ratio, and latency and throughput with concurrent clients (autocannon). Medians.
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { spawn, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseAgreementSearch } from "@/lib/agreements/search-params";
import { countQuery, domainCountsQuery, pageQuery } from "@/lib/search/agreement-search";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: ".tmp/bench.db" },
    runs: { type: "string", default: "7" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "20" },
    only: { type: "string" },
  },
});

export const views: { name: string; path: string; query: string }[] = [
  { name: "domain only", path: "/agreements", query: "domain=training" },
  { name: "domain + text", path: "/agreements", query: "domain=cybersecurity&q=securite" },
  { name: "text only", path: "/agreements", query: "q=maroc" },
  { name: "rare word", path: "/agreements", query: "q=gantz" },
  { name: "deep page", path: "/agreements", query: "page=2000&size=50" },
  {
    name: "every filter",
    path: "/agreements",
    query: "q=defense&domain=training&domain=cybersecurity&party=fr&form=AGREEMENT&nature=BINDING&status=IN_FORCE&from=1990&to=2020&sort=title",
  },
];

const file = path.resolve(values.db);
if (!existsSync(file)) {
  console.error(`bench: ${values.db} does not exist. Make it with: npm run db:synth -- --count 250000 --db ${values.db}`);
  process.exit(2);
}
const runs = Number(values.runs);
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const selected = views.filter((view) => !values.only || view.name.includes(values.only));

function rawTimes(): Map<string, number> {
  const sqlite = new Database(file, { readonly: true });
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("mmap_size = 1073741824");
  const times = new Map<string, number>();
  for (const view of selected) {
    const search = parseAgreementSearch(new URLSearchParams(view.query));
    const queries = [pageQuery(search, "en", (search.page - 1) * search.size), countQuery(search), domainCountsQuery(search)];
    const samples: number[] = [];
    for (let run = 0; run < runs + 1; run++) {
      const start = performance.now();
      for (const query of queries) sqlite.prepare(query.sql).all(...query.params);
      if (run > 0) samples.push(performance.now() - start); // the first run warms the cache
    }
    times.set(view.name, median(samples));
  }
  sqlite.close();
  return times;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// The benchmark's own build folder, so it never races the browser tests' build in .next.
const distDir = ".next-bench";
const html = { accept: "text/html" };

function build() {
  execFileSync("node_modules/.bin/next", ["build"], {
    stdio: "ignore",
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

async function startServer(port: number, cache: boolean) {
  const server = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: `file:${file}`,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      ACCORDS_QUERY_CACHE: cache ? "on" : "off",
    },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/agreements`, { headers: html })).ok) return { server, base };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error("next start did not answer within a minute");
}

async function httpTime(url: string): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    const start = performance.now();
    const response = await fetch(url, { headers: html });
    await response.text();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    if (run > 0) samples.push(performance.now() - start);
  }
  return median(samples);
}

async function load(url: string) {
  const result = await autocannon({
    url,
    headers: html,
    connections: Number(values.connections),
    duration: Number(values.duration),
  });
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.non2xx };
}

const raw = rawTimes();
build();

// Without caches: what the app costs when it has to run the queries and render the page.
const uncached = new Map<string, number>();
{
  const { server, base } = await startServer(await freePort(), false);
  try {
    for (const view of selected) uncached.set(view.name, await httpTime(`${base}${view.path}?${view.query}`));
  } finally {
    server.kill();
  }
}

// The floor: what next start takes to answer with a file it has ready (a JavaScript chunk of the build),
// so a view's time can be read against the least any answer from this server costs.
async function floorTime(base: string): Promise<number> {
  const page = await (await fetch(`${base}/agreements`, { headers: html })).text();
  const chunk = page.match(/\/_next\/static\/chunks\/[^"']+\.js/)?.[0];
  if (!chunk) throw new Error("no static chunk found in the page");
  return httpTime(`${base}${chunk}`);
}

// With caches, as served: the first request of each view fills them, the rest are served from them.
const { server, base } = await startServer(await freePort(), true);
const rows: Record<string, string | number>[] = [];
let floor = 0;
try {
  floor = await floorTime(base);
  for (const view of selected) {
    const url = `${base}${view.path}?${view.query}`;
    const app = await httpTime(url);
    const concurrent = await load(url);
    const sql = raw.get(view.name)!;
    rows.push({
      view: view.name,
      "raw SQL ms": sql.toFixed(1),
      "app ms": app.toFixed(1),
      "app/raw": (app / sql).toFixed(2),
      "app ms, no cache": uncached.get(view.name)!.toFixed(1),
      [`p50 ms (${values.connections} clients)`]: concurrent.p50,
      "p99 ms": concurrent.p99,
      "req/s": Math.round(concurrent.rps),
      errors: concurrent.errors,
    });
  }
} finally {
  server.kill();
}
const agreements = (new Database(file, { readonly: true }).prepare("SELECT COUNT(*) AS n FROM Agreement").get() as { n: number }).n;
console.log(`\nAgreements table on ${agreements.toLocaleString("en")} agreements (${values.db}); medians of ${runs} runs`);
console.log("raw SQL = page ids + count + domain counts on better-sqlite3; app = GET of the HTML page from next start");
console.log(`floor = ${floor.toFixed(1)} ms: next start serving a static JavaScript chunk of the same build`);
console.table(rows);
