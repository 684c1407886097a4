/**
 * The console's people page at 10,000 people (issue 9): its HTML and Lighthouse mobile for an
 * admin of the generated 10,000-clinician organisation, beside the same page for an admin of
 * the 35-person organisation generated with it. The page is paged on the server, so its size
 * should not follow the organisation's. Needs DATABASE_URL of a database `pnpm bench scale`
 * has filled.
 */
import { gzipSync } from "node:zlib";

import { runMigrations } from "@tend/db/migrate";

import type { Benchmark } from "../benchmark";
import type { Figure } from "../report";
import type { Run } from "./lighthouse.bench";
import { launchBrowser } from "../browser";
import { median, note, printFigures } from "../report";
import { LARGE, SMALL } from "../scale/generate";
import { startStack } from "../stack";
import { audit } from "./lighthouse.bench";

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const HTML_BUDGET_KB = 200;
const SCORE_TARGET = 90;
const admin = (slug: string) => `admin-1@${slug}.scale.example`;

export const peopleBenchmark: Benchmark = {
  name: "people",
  description:
    "the console's people page at 10,000 people (a generated scale database): HTML and Lighthouse mobile, beside the 35-person organisation's",
  async run() {
    const databaseUrl = process.env.DATABASE_URL?.trim();
    if (!databaseUrl) {
      note(
        "Skipped: set DATABASE_URL to a database that `pnpm bench scale` has filled (it is served as it is).",
      );
      return;
    }
    await runMigrations(databaseUrl);
    const stack = await startStack({ apps: ["admin"], databaseUrl });
    const browser = await launchBrowser();
    try {
      const large = await stack.sessionCookie(admin(LARGE.slug));
      const small = await stack.sessionCookie(admin(SMALL.slug));
      // The console's home is its people page.
      const url = `${stack.adminUrl}/`;
      const html = async (cookie: string) => {
        const res = await fetch(url, { headers: { cookie } });
        if (!res.ok) throw new Error(`The people page answered ${res.status}`);
        const bytes = Buffer.from(await res.arrayBuffer());
        const text = bytes.toString();
        if (!text.includes("Page <!-- -->1<!-- --> of") && !text.includes("Page 1 of"))
          throw new Error("The people page did not list anyone");
        return { kb: bytes.length / 1024, gzKb: gzipSync(bytes).length / 1024 };
      };
      const [largeHtml, smallHtml] = [await html(large), await html(small)];
      const largeRuns: Run[] = [];
      const smallRuns: Run[] = [];
      // Alternate, so that a busy moment on a shared machine falls on both.
      for (let i = 0; i < RUNS; i++) {
        largeRuns.push(await audit(browser, url, large));
        smallRuns.push(await audit(browser, url, small));
      }
      const figures: Figure[] = [
        {
          label: "people page HTML (kB, uncompressed)",
          project: largeHtml.kb,
          baseline: smallHtml.kb,
          unit: "kB",
          target: { text: `≤ ${HTML_BUDGET_KB} kB`, holds: (p) => p <= HTML_BUDGET_KB },
        },
        {
          label: "people page HTML (kB, gzip)",
          project: largeHtml.gzKb,
          baseline: smallHtml.gzKb,
          unit: "kB",
        },
        {
          label: `people page: performance score (median of ${RUNS})`,
          project: median(largeRuns.map((r) => r.score)),
          baseline: median(smallRuns.map((r) => r.score)),
          unit: "",
          target: { text: `≥ ${SCORE_TARGET}`, holds: (p) => p >= SCORE_TARGET },
        },
        {
          label: "people page: LCP",
          project: median(largeRuns.map((r) => r.lcp)),
          baseline: median(smallRuns.map((r) => r.lcp)),
          unit: "ms",
        },
        {
          label: "people page: total blocking time",
          project: median(largeRuns.map((r) => r.tbt)),
          baseline: median(smallRuns.map((r) => r.tbt)),
          unit: "ms",
        },
      ];
      printFigures("The people page, as an admin of the 10,000 (baseline: of the 35)", figures);
      note(
        "The first page of people (25, sorted by name) in a production build of the console, " +
          `fetched once for its size and audited by Lighthouse ${RUNS}× with its default mobile ` +
          "settings (simulated slow 4G, 4× CPU slowdown), alternating with the baseline. " +
          `Benchmark index of this machine: ${Math.round(median(largeRuns.map((r) => r.benchmarkIndex)))}.`,
      );
    } finally {
      await browser.close();
      await stack.stop();
    }
  },
};
