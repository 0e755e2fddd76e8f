// The app server the benchmarks measure: a production build in its own folder (so it never races the browser
// tests' build in .next) served by server.mjs on a free port, on the database the benchmark names.
import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";

const distDir = ".next-bench";
export const html = { accept: "text/html" };

export function buildApp() {
  execFileSync("node_modules/.bin/next", ["build"], {
    stdio: "ignore",
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** `databaseUrl` as DATABASE_URL takes it (file:… or postgresql://…); `cache` off runs every query for every page. */
export async function startApp(databaseUrl: string, cache: boolean) {
  const port = await freePort();
  const server = spawn("node", ["server.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
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
  throw new Error("the app server did not answer within a minute");
}

export const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

/** One GET of a page, in ms, body included. A redirect is an error, not a measure: it would time another page. */
export async function pageTime(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { headers: html, redirect: "manual" });
  await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - start;
}

/** The median of `runs` GETs, after one that warms the caches. */
export async function httpTime(url: string, runs: number): Promise<number> {
  await pageTime(url);
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await pageTime(url));
  return median(samples);
}
