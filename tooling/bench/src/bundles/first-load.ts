/**
 * Gzipped first-load JavaScript per route, read from a production build's manifests (Next 16
 * builds with Turbopack and prints no sizes). Shared by `pnpm bench bundles` and the budget
 * test in `pnpm test`.
 *
 * A route's first load is every script its HTML makes the browser fetch before it can hydrate:
 * the framework's root chunks (`build-manifest.json` → `rootMainFiles`: Next's app router,
 * React, React DOM, Turbopack's runtime) and the entry chunks of every segment the route
 * renders — root layout, route-group layouts, error and not-found boundaries, the page — as
 * listed under `entryJSFiles` in the route's client reference manifest. Chunks loaded later
 * (a dynamic `import()`, a dialog opened on click) are not part of it; `polyfillFiles` are
 * `nomodule` scripts that modern browsers skip.
 *
 * The floor is the same build's `/_global-error` route: Next's built-in error page, rendered
 * without any layout or component of ours, so exactly the JavaScript of Next + React.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

import { repoRoot } from "@tend/db/dev-database";

export type App = "web" | "admin";
export const APPS: readonly App[] = ["web", "admin"];

export interface RouteJs {
  app: App;
  /** The URL pattern, e.g. `/checks/[instrumentId]/history`. */
  route: string;
  /** Chunk paths under `.next/`, framework chunks first. */
  files: string[];
  /** Gzipped bytes of all of them. */
  bytes: number;
}

export interface AppJs {
  app: App;
  /** Next + React: the built-in `/_global-error` route. */
  floor: RouteJs;
  /** Every page route (route handlers ship no JavaScript), by URL pattern. */
  routes: RouteJs[];
}

/** Where an app's build lives. */
export function buildDir(app: App): string {
  return path.join(repoRoot(), "apps", app, ".next");
}

const FLOOR_ENTRY = "/_global-error/page";

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** The manifest a page's `…_client-reference-manifest.js` assigns to `globalThis.__RSC_MANIFEST`. */
function clientReferenceManifest(dir: string, entry: string): ClientReferenceManifest {
  const file = path.join(dir, "server", "app", `${entry}_client-reference-manifest.js`);
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  runInNewContext(readFileSync(file, "utf8"), { globalThis: sandbox });
  const manifest = sandbox.__RSC_MANIFEST?.[entry];
  if (!manifest) throw new Error(`${file} holds no manifest for ${entry}`);
  return manifest;
}

/**
 * Gzip at zlib's default level, which is what `next start` compresses with; memoised per file,
 * as every route shares the framework's chunks.
 */
function gzipSizer(dir: string): (file: string) => number {
  const sizes = new Map<string, number>();
  return (file) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(dir, file))).length;
      sizes.set(file, size);
    }
    return size;
  };
}

/** Reads one app's build: its floor and every page route's first-load JavaScript. */
export function firstLoadJs(app: App, dir = buildDir(app)): AppJs {
  if (!existsSync(path.join(dir, "build-manifest.json")))
    throw new Error(`No production build in ${dir}: run \`pnpm build\` first.`);
  const { rootMainFiles } = readJson<{ rootMainFiles: string[] }>(
    path.join(dir, "build-manifest.json"),
  );
  const routesByEntry = readJson<Record<string, string>>(
    path.join(dir, "app-path-routes-manifest.json"),
  );
  const gz = gzipSizer(dir);

  const routeJs = (entry: string, route: string): RouteJs => {
    const files = new Set(rootMainFiles);
    for (const chunks of Object.values(clientReferenceManifest(dir, entry).entryJSFiles ?? {}))
      for (const chunk of chunks) if (chunk.endsWith(".js")) files.add(chunk);
    const list = [...files];
    return { app, route, files: list, bytes: list.reduce((sum, f) => sum + gz(f), 0) };
  };

  const pages = Object.entries(routesByEntry)
    .filter(([entry]) => entry.endsWith("/page") && entry !== FLOOR_ENTRY)
    .map(([entry, route]) => routeJs(entry, route))
    .sort((a, b) => a.route.localeCompare(b.route));
  return { app, floor: routeJs(FLOOR_ENTRY, "/_global-error"), routes: pages };
}

export const KB = 1024;

/**
 * The budget of issue 7: every route at most the floor + 30 kB gz; the self-check history,
 * which draws charts, at most the floor + 60 kB.
 */
export function budgetOf(route: string): number {
  return (route === "/checks/[instrumentId]/history" ? 60 : 30) * KB;
}

export interface Overrun {
  app: App;
  route: string;
  bytes: number;
  limit: number;
}

/** The routes over their budget, with their size and limit (floor + budget). */
export function overBudget(apps: AppJs[]): Overrun[] {
  return apps.flatMap(({ app, floor, routes }) =>
    routes
      .map((r) => ({ app, route: r.route, bytes: r.bytes, limit: floor.bytes + budgetOf(r.route) }))
      .filter((r) => r.bytes > r.limit),
  );
}
