#!/usr/bin/env node
// The browser tests run in Chromium. Playwright cannot download its own build on a machine without
// internet, so the tests use the system's Chromium (e2e/browser.mjs): its headless shell for most tests (the
// lighter browser), and the whole browser for what the shell lacks (the back/forward cache). On a Debian
// machine run as root this installs Debian's chromium-headless-shell and chromium packages when they are missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath, wholeChromiumPath } from "../e2e/browser.mjs";

const found = chromiumPath();
const missing = [
  ...(found?.includes("headless-shell") || process.env.CHROMIUM_PATH ? [] : ["chromium-headless-shell"]),
  ...(wholeChromiumPath() ? [] : ["chromium"]),
];
if (missing.length === 0) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
if (canInstall) {
  console.log(`Installing Debian's ${missing.join(" and ")} for the browser tests…`);
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", ...missing], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } catch (error) {
    if (!found) throw error;
    console.log(`Could not install them: the tests use ${found}.`);
  }
}
if (chromiumPath()) {
  if (!wholeChromiumPath()) console.log("The whole Chromium browser is missing: the back/forward cache test will fail.");
  process.exit(0);
}
console.error(
  "No Chromium found for the browser tests. Install one (Debian: `sudo apt-get install -y chromium-headless-shell chromium`; " +
    "elsewhere: `npx playwright install chromium`), or set CHROMIUM_PATH to its executable.",
);
process.exit(1);
