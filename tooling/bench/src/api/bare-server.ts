/**
 * The baseline of the API benchmark: a bare `node:http` server that does the least any API
 * must do for these calls. It decrypts the same next-auth session cookie (with the app's own
 * `readSessionCookie`, the cheapest decode we know: key derived once), runs the same SQL
 * statements the app ran for the call (recorded through the counting proxy, bound to the
 * person the cookie names) with postgres.js, and answers with the same bytes the app answered.
 * It maps no rows and validates nothing, so it is a floor, not a rival.
 *
 * Run as its own process (so it does not share the benchmark's event loop with autocannon):
 * BARE_PORT, DATABASE_URL, AUTH_SECRET and BARE_ROUTES (a JSON file of `BareRoute`s).
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import postgres from "postgres";

import { cookieHeaderReader, readSessionCookie } from "@tend/auth/session-cookie";

import type { Statement } from "../pg-proxy";

export interface BareRoute {
  /** The request path and query, e.g. /api/trpc/me.get. */
  path: string;
  statements: Statement[];
  /** The user id the statements were recorded for; replaced by the cookie's. */
  recordedUserId: string;
  body: string;
}

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const routes = new Map(
  (JSON.parse(readFileSync(env("BARE_ROUTES"), "utf8")) as BareRoute[]).map((r) => [r.path, r]),
);
const secret = env("AUTH_SECRET");
const sql = postgres(env("DATABASE_URL"), { max: 10, onnotice: () => undefined });

createServer((req, res) => {
  void (async () => {
    const route = routes.get(req.url ?? "");
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const claims = await readSessionCookie(cookieHeaderReader(req.headers.cookie ?? null), {
      secret,
      secure: true,
    });
    const userId = claims?.id;
    if (!userId) {
      res.writeHead(401).end();
      return;
    }
    for (const statement of route.statements) {
      await sql.unsafe(
        statement.text,
        statement.params.map((p) => (p === route.recordedUserId ? userId : p)),
        { prepare: true },
      );
    }
    res.writeHead(200, { "content-type": "application/json" }).end(route.body);
  })().catch((error: unknown) => {
    console.error(error);
    res.writeHead(500).end();
  });
}).listen(Number(env("BARE_PORT")), "127.0.0.1");
