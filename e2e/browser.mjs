// Which Chromium the browser tests drive: CHROMIUM_PATH, else the system's, else Playwright's own
// (undefined), if `npx playwright install chromium` fetched it.
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const systemCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

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
