/**
 * A no-JavaScript copy of a page, served beside the app: the baseline that the Lighthouse
 * benchmark compares each page with.
 *
 * The copy is the page's own server HTML with every script taken out: it is loaded once in
 * Chromium with the app's JavaScript files blocked, so only the inline scripts React streams
 * run (they put streamed content in place of its loading state) and nothing hydrates; then its
 * DOM is saved without any <script> or script preload. The copy server answers a request for
 * that path by first fetching the real page from the app — so the copy arrives no sooner than
 * the page would, server time included, with the request's own cookie — and then sending the copy; every other request (CSS,
 * the icon) passes through to the app unchanged.
 */
import type { Server } from "node:http";
import type { Browser } from "puppeteer-core";
import { createServer } from "node:http";

export interface CopyServer {
  url: string;
  /** Makes `path`, as seen with `cookie`, available without JavaScript at `url + path`. */
  copy(path: string, cookie: string): Promise<void>;
  stop(): Promise<void>;
}

/** The page's DOM once streamed content is in place, without scripts. */
async function snapshot(browser: Browser, url: string, cookie: string): Promise<string> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setExtraHTTPHeaders({ cookie });
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      if (request.resourceType() === "script") void request.abort();
      else void request.continue();
    });
    await page.goto(url, { waitUntil: "load" });
    // React reveals streamed boundaries at most 300 ms after the first paint.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return await page.evaluate(() => {
      for (const element of document.querySelectorAll(
        'script, link[rel="preload"][as="script"], link[rel="modulepreload"]',
      ))
        element.remove();
      return `<!DOCTYPE html>${document.documentElement.outerHTML}`;
    });
  } finally {
    await context.close();
  }
}

export async function startCopyServer(options: {
  appUrl: string;
  browser: Browser;
  port: number;
}): Promise<CopyServer> {
  const copies = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = req.url ?? "/";
      const copy = copies.get(path);
      const upstream = await fetch(`${options.appUrl}${path}`, {
        headers: { cookie: req.headers.cookie ?? "", accept: req.headers.accept ?? "*/*" },
        redirect: "manual",
      });
      const body = Buffer.from(await upstream.arrayBuffer());
      if (copy !== undefined) {
        res.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "cache-control": "no-store",
        });
        res.end(copy);
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ["content-type", "cache-control", "location"]) {
        const value = upstream.headers.get(name);
        if (value) headers[name] = value;
      }
      res.writeHead(upstream.status, headers);
      res.end(body);
    })().catch((error: unknown) => {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  return {
    url: `http://localhost:${options.port}`,
    async copy(path, cookie) {
      copies.set(path, await snapshot(options.browser, `${options.appUrl}${path}`, cookie));
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
