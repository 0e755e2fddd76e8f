import { defineConfig, devices } from "@playwright/test";
import { createServer } from "node:net";
import { chromiumArgs, chromiumPath } from "./e2e/browser.mjs";
import { e2eDatabaseUrls } from "./e2e/databases.mjs";

// One free port, chosen by the main process and inherited by the workers through the environment.
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// Seven app servers: the ordinary one, which trusts loopback as its reverse proxy (the tests play the proxy that
// says a request came over HTTPS); a second on the same database with reading closed to the public; a third on a
// database without any account, for the first run; a fourth on its own copy, for the tests that add and change
// records through the forms; a fifth on its own copy that trusts no proxy, for the sign-in limits' probe (which
// locks accounts and its own address out for 15 minutes); a sixth and a seventh on one more copy, shared by both,
// for the test of concurrent writes from two servers. Ports chosen once, inherited by the workers.
process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_CLOSED_PORT ??= String(await freePort());
process.env.E2E_FRESH_PORT ??= String(await freePort());
process.env.E2E_WRITES_PORT ??= String(await freePort());
process.env.E2E_PROBE_PORT ??= String(await freePort());
process.env.E2E_SHARED_PORT ??= String(await freePort());
process.env.E2E_SHARED_PEER_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const executablePath = chromiumPath();
// SQLite files in .tmp, or databases on the PostgreSQL server that DATABASE_URL names (e2e/databases.mjs). Each
// server's DATABASE_URL is its own database, so the one the tests were started with travels as E2E_DATABASE_URL.
process.env.E2E_DATABASE_URL ??= process.env.DATABASE_URL ?? "";
const {
  seeded: databaseUrl,
  fresh: freshDatabaseUrl,
  writes: writesDatabaseUrl,
  probe: probeDatabaseUrl,
  shared: sharedDatabaseUrl,
} = e2eDatabaseUrls();
const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: executablePath && executablePath !== "playwright" ? executablePath : undefined,
    args: chromiumArgs,
  },
};
const start = (serverPort: string) => `node server.mjs -H 127.0.0.1 -p ${serverPort}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two browsers share two busy cores with the app servers: a page that reads the database (a table, a count) can
  // take longer than Playwright's default five seconds there. Waiting longer never hides a wrong answer.
  expect: { timeout: 10_000 },
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "en-GB",
    // A trace of each test costs a third of the suite's time, and CI keeps only its log: traces are recorded on
    // a developer's machine, where a failure's trace can be opened.
    trace: process.env.CI ? "off" : "retain-on-failure",
  },
  projects: [
    // The security spec compares digests of the database: it runs alone, before everything else.
    {
      name: "isolated",
      testMatch: /security-actions\.spec\.ts/,
      use: chromium,
    },
    // Twenty writers keep both cores busy for 15 s: beside the security spec (whose database it does not touch)
    // rather than beside the browser tests, which have tighter waits. With no dependency of its own, it also runs
    // alone when asked for alone.
    {
      name: "contention",
      testMatch: /shared-database\.spec\.ts/,
      use: chromium,
    },
    {
      name: "chromium",
      testIgnore: /security-actions\.spec\.ts|shared-database\.spec\.ts/,
      dependencies: ["isolated", "contention"],
      use: chromium,
    },
  ],
  // Started one after the other: the first prepares the databases and the build the others use. Its limit covers
  // both: on 2 busy cores (load 10+), the build alone took 4–5 min and PostgreSQL's databases ~1 min.
  webServer: [
    {
      command: `node scripts/e2e-prepare.mjs && ${start(process.env.E2E_PORT)}`,
      url: baseURL,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", ACCORDS_TRUSTED_PROXIES: "127.0.0.1" },
    },
    {
      command: start(process.env.E2E_CLOSED_PORT),
      url: `http://127.0.0.1:${process.env.E2E_CLOSED_PORT}/sign-in`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", ACCORDS_PUBLIC_READ: "false" },
    },
    {
      command: start(process.env.E2E_WRITES_PORT),
      url: `http://127.0.0.1:${process.env.E2E_WRITES_PORT}/sign-in`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { DATABASE_URL: writesDatabaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      command: start(process.env.E2E_PROBE_PORT),
      url: `http://127.0.0.1:${process.env.E2E_PROBE_PORT}/sign-in`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { DATABASE_URL: probeDatabaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    },
    ...[process.env.E2E_SHARED_PORT, process.env.E2E_SHARED_PEER_PORT].map((sharedPort) => ({
      command: start(sharedPort),
      url: `http://127.0.0.1:${sharedPort}/sign-in`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { DATABASE_URL: sharedDatabaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    })),
    {
      command: start(process.env.E2E_FRESH_PORT),
      url: `http://127.0.0.1:${process.env.E2E_FRESH_PORT}/setup`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { DATABASE_URL: freshDatabaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    },
  ],
});
