#!/usr/bin/env node
// The browser tests run in Chromium. Playwright cannot download its own build on a machine without
// internet, so the tests use the system's Chromium: this finds it, and on a Debian machine run as root
// installs Debian's package when it is missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath } from "../e2e/browser.mjs";

if (chromiumPath()) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
if (canInstall) {
  console.log("Chromium is missing: installing Debian's chromium package…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (chromiumPath()) process.exit(0);
}
console.error(
  "No Chromium found for the browser tests. Install one (Debian: `sudo apt-get install -y chromium`; " +
    "elsewhere: `npx playwright install chromium`), or set CHROMIUM_PATH to its executable.",
);
process.exit(1);
