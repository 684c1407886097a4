/**
 * Lighthouse mobile (its default: a mid-range phone on a slow 4G connection, simulated) on six
 * portal pages, three runs each, signed in as a clinician with a year of history. Each page is
 * compared with a no-JavaScript copy of itself (`no-js-copy.ts`), which paints as soon as its
 * HTML and CSS arrive: the ratio of the medians' LCP says how much the page's own JavaScript
 * delays its largest paint.
 */
import type { Browser } from "puppeteer-core";
import lighthouse from "lighthouse";

import type { Benchmark } from "../benchmark";
import type { Figure } from "../report";
import { launchBrowser } from "../browser";
import { median, note, printFigures } from "../report";
import { startStack } from "../stack";
import { startCopyServer } from "./no-js-copy";

const PERSONA = "sam.rivera@riverbend.example";
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** Lighthouse's CPU slowdown (default 4, meant for a high-end desktop); set to calibrate for this machine. */
const CPU_SLOWDOWN = process.env.BENCH_LIGHTHOUSE_CPU_SLOWDOWN
  ? Number(process.env.BENCH_LIGHTHOUSE_CPU_SLOWDOWN)
  : undefined;

export interface Run {
  score: number;
  lcp: number;
  /** Total blocking time, ms: the score's heaviest part (30 %), and the one a busy machine inflates. */
  tbt: number;
  /** Lighthouse's measure of this machine's speed during the run (a high-end desktop: 1500–2000). */
  benchmarkIndex: number;
  /** The LCP element, as Lighthouse names it. */
  element: string;
  /** LCP phases in ms: time to first byte and render delay (what happens after the HTML). */
  ttfb: number;
  renderDelay: number;
}

interface TableItem {
  type?: string;
  items?: TableItem[];
  node?: { snippet?: string; nodeLabel?: string };
  phase?: string;
  timing?: number;
}

function lcpDetails(details: unknown): Pick<Run, "element" | "ttfb" | "renderDelay"> {
  const lists = ((details as TableItem | undefined)?.items ?? []).flatMap((t) => t.items ?? []);
  const node = lists.find((i) => i.node)?.node;
  const phase = (name: RegExp) => lists.find((i) => i.phase && name.test(i.phase))?.timing ?? 0;
  return {
    element: node?.snippet ?? node?.nodeLabel ?? "—",
    ttfb: phase(/TTFB|first byte/i),
    renderDelay: phase(/render delay/i),
  };
}

export async function audit(browser: Browser, url: string, cookie: string): Promise<Run> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const result = await lighthouse(
      url,
      {
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        extraHeaders: { cookie },
      },
      CPU_SLOWDOWN === undefined
        ? undefined
        : {
            extends: "lighthouse:default",
            settings: { throttling: { cpuSlowdownMultiplier: CPU_SLOWDOWN } },
          },
      page,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const lcp = lhr.audits["largest-contentful-paint"]?.numericValue;
    const tbt = lhr.audits["total-blocking-time"]?.numericValue;
    const score = lhr.categories.performance?.score;
    if (lcp === undefined || tbt === undefined || score === undefined || score === null)
      throw new Error(`Lighthouse on ${url} gave no LCP, TBT or score`);
    return {
      score: Math.round(score * 100),
      lcp,
      tbt,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      ...lcpDetails(lhr.audits["largest-contentful-paint-element"]?.details),
    };
  } finally {
    await context.close();
  }
}

export const lighthouseBenchmark: Benchmark = {
  name: "lighthouse",
  description: "Lighthouse mobile on six portal pages, beside a no-JavaScript copy of each",
  async run() {
    const stack = await startStack({ apps: ["web"] });
    const browser = await launchBrowser();
    const cookie = await stack.sessionCookie(PERSONA);
    const copies = await startCopyServer({
      appUrl: stack.webUrl,
      browser,
      port: Number(process.env.BENCH_COPY_PORT ?? 3210),
    });
    try {
      const results = await fetch(`${stack.webUrl}/checks/proqol5/results`, {
        headers: { cookie },
      });
      const resultPath = /\/checks\/results\/[0-9a-f-]{36}/.exec(await results.text())?.[0];
      if (!resultPath) throw new Error(`${PERSONA} has no ProQOL result to open`);
      const pages = [
        { label: "sign-in", path: "/sign-in", signedIn: false },
        { label: "dashboard", path: "/", signedIn: true },
        { label: "self-checks", path: "/checks", signedIn: true },
        { label: "a result", path: resultPath, signedIn: true },
        { label: "history", path: "/checks/proqol5/history", signedIn: true },
        { label: "plan", path: "/plan", signedIn: true },
      ];
      const verbose = process.argv.includes("--verbose");
      const figures: Figure[] = [];
      const benchmarkIndexes: number[] = [];
      for (const page of pages) {
        const pageCookie = page.signedIn ? cookie : "";
        await copies.copy(page.path, pageCookie);
        const real: Run[] = [];
        const copy: Run[] = [];
        // Alternate, so that a busy moment on a shared machine falls on both.
        for (let i = 0; i < RUNS; i++) {
          real.push(await audit(browser, `${stack.webUrl}${page.path}`, pageCookie));
          copy.push(await audit(browser, `${copies.url}${page.path}`, pageCookie));
        }
        benchmarkIndexes.push(...real.map((r) => r.benchmarkIndex));
        const lcp = median(real.map((r) => r.lcp));
        const copyLcp = median(copy.map((r) => r.lcp));
        figures.push(
          {
            label: `${page.label}: performance score`,
            project: median(real.map((r) => r.score)),
            baseline: median(copy.map((r) => r.score)),
            unit: "",
            target: { text: "≥ 95", holds: (p) => p >= 95 },
          },
          {
            label: `${page.label}: LCP`,
            project: lcp,
            baseline: copyLcp,
            unit: "ms",
            target: { text: "≤ 1.5 × no-JS", holds: (p, b) => p <= 1.5 * b },
          },
          {
            label: `${page.label}: total blocking time`,
            project: median(real.map((r) => r.tbt)),
            baseline: median(copy.map((r) => r.tbt)),
            unit: "ms",
          },
        );
        if (verbose)
          for (const [kind, runs] of [
            ["page", real],
            ["no-JS copy", copy],
          ] as const)
            for (const r of runs)
              console.log(
                `  ${page.label} ${kind}: score ${r.score}, LCP ${Math.round(r.lcp)} ms (TTFB ${Math.round(r.ttfb)}, render delay ${Math.round(r.renderDelay)}) on ${r.element.slice(0, 80)}, TBT ${Math.round(r.tbt)} ms, benchmark index ${Math.round(r.benchmarkIndex)}`,
              );
      }
      printFigures(`Lighthouse mobile, median of ${RUNS} runs, as ${PERSONA}`, figures);
      note(
        "Baseline: the same page's server HTML and CSS with every script removed (streamed content in place), " +
          "served only after the real page has been rendered, so it pays the same server time. " +
          `Lighthouse's default mobile settings (simulated slow 4G; a ${CPU_SLOWDOWN ?? 4}× CPU slowdown of the observed run, meant for a machine with a benchmark index of 1500–2000: this one's median was ${Math.round(median(benchmarkIndexes))}). ` +
          "Pass --verbose for each run's LCP element, phases and total blocking time.",
      );
    } finally {
      await copies.stop();
      await browser.close();
      await stack.stop();
    }
  },
};
