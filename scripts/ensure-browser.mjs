#!/usr/bin/env node
// The browser tests run in Chromium. Playwright cannot download its own build on a machine without
// internet, so the tests use the system's Chromium: this finds it, and on a Debian machine run as root
// installs Debian's chromium-headless-shell package when it is missing (the lighter browser the tests prefer;
// e2e/browser.mjs), or keeps to the whole browser if that cannot be installed.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath } from "../e2e/browser.mjs";

const found = chromiumPath();
if (found && (process.env.CHROMIUM_PATH || found.includes("headless-shell"))) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
if (canInstall) {
  console.log("Chromium's headless shell is missing: installing Debian's chromium-headless-shell package…");
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium-headless-shell"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } catch (error) {
    if (!found) throw error;
    console.log(`Could not install it: the tests use ${found}.`);
  }
}
if (chromiumPath()) process.exit(0);
console.error(
  "No Chromium found for the browser tests. Install one (Debian: `sudo apt-get install -y chromium`; " +
    "elsewhere: `npx playwright install chromium`), or set CHROMIUM_PATH to its executable.",
);
process.exit(1);
