// Which Chromium the browser tests drive: CHROMIUM_PATH, else the system's, else Playwright's own
// (undefined), if `npx playwright install chromium` fetched it. Of the system's, the headless shell comes first
// (Debian's chromium-headless-shell, what Playwright's own headless runs use): the whole browser in its headless
// mode took the browser tests 1.6–2.9× as long on 2 cores (e2e/security-redirects and e2e/visits-table: 355 s
// against 220 s with traces, 180 s without).
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const systemCandidates = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  const system = systemCandidates.find((candidate) => existsSync(candidate));
  if (system) return system;
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), ".cache", "ms-playwright");
  const bundled = existsSync(cache) && readdirSync(cache).some((entry) => entry.startsWith("chromium"));
  return bundled ? "playwright" : null;
}

// Flags that keep Chromium quiet on a closed network and working as root in a container.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

// The whole browser, for what its headless shell lacks: the back/forward cache (the shell never restores a page
// from it) and Lighthouse.
const wholeBrowserCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function wholeChromiumPath() {
  return wholeBrowserCandidates.find((candidate) => existsSync(candidate)) ?? null;
}
