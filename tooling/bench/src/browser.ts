/** Headless Chromium for the benchmarks that look at pages as a browser does. */
import type { Browser } from "puppeteer-core";
import puppeteer from "puppeteer-core";

import { findChromium } from "@tend/scripts/chromium";

/** The flags the end-to-end tests use: no sandbox (containers, root), no GPU, nothing in the background. */
export const CHROME_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: await findChromium(),
    headless: true,
    args: CHROME_FLAGS,
  });
}
