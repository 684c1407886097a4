/**
 * Gzipped first-load JavaScript of every route of both apps, beside the framework's floor (Next
 * + React, measured in the same build), with issue 7's budget as the target. The sizes come
 * from the build's manifests (`first-load.ts`); then two routes of each app are loaded in
 * headless Chromium to check that the browser fetches exactly the chunks the manifests name.
 */
import type { Benchmark } from "../benchmark";
import type { Figure } from "../report";
import type { App, AppJs } from "./first-load";
import { launchBrowser } from "../browser";
import { note, printFigures } from "../report";
import { buildApps, startStack } from "../stack";
import { APPS, budgetOf, firstLoadJs, KB } from "./first-load";

const kB = (bytes: number) => Math.round((bytes / KB) * 10) / 10;

/** Routes loaded in the browser to check the manifests: one signed out, one signed in. */
const CHECKED: Record<App, { path: string; route: string; persona?: string }[]> = {
  web: [
    { path: "/sign-in", route: "/sign-in" },
    { path: "/", route: "/", persona: "sam.rivera@riverbend.example" },
  ],
  admin: [
    { path: "/sign-in", route: "/sign-in" },
    { path: "/", route: "/", persona: "alex.morgan@riverbend.example" },
  ],
};

function print(js: AppJs): void {
  const figures: Figure[] = js.routes.map((r) => {
    const budget = budgetOf(r.route);
    return {
      label: `${r.route} (+${kB(r.bytes - js.floor.bytes)} kB)`,
      project: kB(r.bytes),
      baseline: kB(js.floor.bytes),
      unit: "kB",
      target: {
        text: `≤ floor + ${budget / KB} kB`,
        holds: () => r.bytes <= js.floor.bytes + budget,
      },
    };
  });
  printFigures(`${js.app}: first-load JS per route (gzip)`, figures);
}

/** Loads each checked route and compares the scripts fetched with the manifests' list. */
async function checkInBrowser(measured: AppJs[]): Promise<void> {
  const stack = await startStack();
  const browser = await launchBrowser();
  try {
    for (const js of measured) {
      const base = js.app === "web" ? stack.webUrl : stack.adminUrl;
      for (const check of CHECKED[js.app]) {
        const expected = js.routes.find((r) => r.route === check.route);
        if (!expected) throw new Error(`${js.app} has no route ${check.route}`);
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        if (check.persona)
          await page.setExtraHTTPHeaders({ cookie: await stack.sessionCookie(check.persona) });
        const fetched = new Set<string>();
        page.on("request", (request) => {
          const url = new URL(request.url());
          if (request.resourceType() === "script" && url.pathname.startsWith("/_next/"))
            fetched.add(url.pathname.replace(/^\/_next\//, ""));
        });
        await page.goto(`${base}${check.path}`, { waitUntil: "networkidle0" });
        await context.close();
        const named = new Set(expected.files);
        const missing = [...named].filter((f) => !fetched.has(f));
        const extra = [...fetched].filter((f) => !named.has(f));
        note(
          missing.length === 0 && extra.length === 0
            ? `${js.app} ${check.path}${check.persona ? ` as ${check.persona}` : ""}: Chromium fetched exactly the ${named.size} chunks the manifests name (${kB(expected.bytes)} kB gz).`
            : `${js.app} ${check.path}: Chromium and the manifests differ — not fetched: ${missing.join(", ") || "none"}; fetched but not named: ${extra.join(", ") || "none"}.`,
        );
      }
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
}

export const bundlesBenchmark: Benchmark = {
  name: "bundles",
  description: "gzipped first-load JavaScript per route of both apps, beside Next + React's own",
  async run() {
    await buildApps();
    const measured = APPS.map((app) => firstLoadJs(app));
    for (const js of measured) print(js);
    note(
      `Floor: each app's built-in /_global-error route — Next's own error page with no layout or component of ours, i.e. Next + React (web ${kB(measured[0]?.floor.bytes ?? 0)} kB, admin ${kB(measured[1]?.floor.bytes ?? 0)} kB gz). ` +
        "A route counts the framework's root chunks and the entry chunks of every segment it renders (layouts, error boundaries, page), gzipped at zlib's default level as `next start` sends them; chunks loaded later (on click, by a dynamic import) are not first-load.",
    );
    if (!process.argv.includes("--no-browser")) await checkInBrowser(measured);
  },
};
