/**
 * Finds a Chromium for the end-to-end tests: CHROME_PATH, Playwright's own download, or the
 * system's. As root on Debian/Ubuntu it installs Debian's `chromium` when none is found;
 * otherwise it stops with a message saying how to get one.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

async function playwrightChromium(): Promise<string | null> {
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = (await playwrightChromium()) ?? SYSTEM_PATHS.find((p) => existsSync(p));
  if (found) return found;

  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync("/etc/debian_version");
  if (isRoot && isDebian) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const installed = SYSTEM_PATHS.find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error(
    [
      "The end-to-end tests need Chromium, and none was found.",
      "Install one, then run the tests again:",
      "  - Debian/Ubuntu: sudo apt-get install chromium",
      "  - macOS: brew install --cask chromium",
      "  - or Playwright's own: pnpm --filter @tend/e2e exec playwright install chromium",
      "  - or point CHROME_PATH at an existing Chrome or Chromium binary.",
    ].join("\n"),
  );
}
