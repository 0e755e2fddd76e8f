import { defineConfig, devices } from "@playwright/test";
import { createServer } from "node:net";
import path from "node:path";
import { chromiumArgs, chromiumPath } from "./e2e/browser.mjs";

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

process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const executablePath = chromiumPath();
const databaseUrl = `file:${path.resolve(".tmp/e2e.db")}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "en-GB",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: executablePath && executablePath !== "playwright" ? executablePath : undefined,
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/e2e-prepare.mjs && node_modules/.bin/next start -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
  },
});
