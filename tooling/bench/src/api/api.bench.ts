/**
 * API overhead: throughput of tRPC calls over /api/trpc of the production portal, beside a
 * bare node:http server doing the same session decode and SQL (`bare-server.ts`). autocannon,
 * 10 connections, a warm-up, then three interleaved rounds (app, bare, app, bare…) so that
 * drift of the machine hits both alike; the medians are compared.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";

import type { Benchmark } from "../benchmark";
import type { BareRoute } from "./bare-server";
import { median, note, printFigures } from "../report";
import { assertFree, startStack } from "../stack";

const PERSONA = "sam.rivera@riverbend.example";
const CALLS = [
  { label: "me.get", path: "/api/trpc/me.get", target: 0.25 },
  {
    label: "selfCheck.history",
    path: `/api/trpc/selfCheck.history?input=${encodeURIComponent(JSON.stringify({ json: { instrumentId: "pulse" } }))}`,
  },
] as const;
const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 8);
const ROUNDS = 3;

async function throughput(url: string, cookie: string, seconds: number): Promise<number> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { cookie },
  });
  const failed = result.non2xx + result.errors;
  if (failed > 0) throw new Error(`${url}: ${failed} of ${result.requests.total} requests failed`);
  return result.requests.average;
}

export const apiBenchmark: Benchmark = {
  name: "api",
  description: "tRPC calls per second over /api/trpc, beside a bare node:http server",
  async run() {
    const stack = await startStack({ apps: ["web"], counted: true });
    const barePort = process.env.BENCH_BARE_PORT ?? "3204";
    let bare: ReturnType<typeof spawn> | undefined;
    try {
      const counted = stack.counted;
      if (!counted) throw new Error("The counted portal server did not start.");
      const cookie = await stack.sessionCookie(PERSONA);
      const me = (await (
        await fetch(`${stack.webUrl}/api/trpc/me.get`, { headers: { cookie } })
      ).json()) as { result: { data: { json: { id: string } } } };
      const recordedUserId = me.result.data.json.id;

      // Record what the app runs and answers for each call.
      const routes: BareRoute[] = [];
      for (const call of CALLS) {
        await fetch(`${counted.webUrl}${call.path}`, { headers: { cookie } });
        counted.statements.take();
        await fetch(`${counted.webUrl}${call.path}`, { headers: { cookie } });
        const statements = counted.statements.take();
        const res = await fetch(`${stack.webUrl}${call.path}`, { headers: { cookie } });
        if (!res.ok) throw new Error(`${call.path} answered ${res.status}`);
        routes.push({ path: call.path, statements, recordedUserId, body: await res.text() });
      }
      await assertFree(barePort);
      const routesFile = path.join(tmpdir(), `tend-bare-routes-${process.pid}.json`);
      writeFileSync(routesFile, JSON.stringify(routes));
      bare = spawn("pnpm", ["exec", "tsx", new URL("./bare-server.ts", import.meta.url).pathname], {
        env: {
          ...process.env,
          BARE_PORT: barePort,
          BARE_ROUTES: routesFile,
          DATABASE_URL: stack.databaseUrl,
          AUTH_SECRET: stack.authSecret,
        },
        stdio: ["ignore", "inherit", "inherit"],
        detached: true,
      });
      const bareUrl = `http://127.0.0.1:${barePort}`;
      for (let i = 0; ; i++) {
        const ok = await fetch(`${bareUrl}${CALLS[0].path}`, { headers: { cookie } })
          .then((r) => r.ok)
          .catch(() => false);
        if (ok) break;
        if (i > 100) throw new Error("The bare server did not start.");
        await new Promise((r) => setTimeout(r, 200));
      }

      for (const call of CALLS) {
        const route = routes.find((r) => r.path === call.path);
        const same = route
          ? (await (await fetch(`${bareUrl}${call.path}`, { headers: { cookie } })).text()) ===
            (await (await fetch(`${stack.webUrl}${call.path}`, { headers: { cookie } })).text())
          : false;
        if (!same)
          throw new Error(`The bare server does not answer ${call.label} as the app does.`);
        await throughput(`${stack.webUrl}${call.path}`, cookie, 3);
        await throughput(`${bareUrl}${call.path}`, cookie, 3);
        const app: number[] = [];
        const baseline: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          app.push(await throughput(`${stack.webUrl}${call.path}`, cookie, SECONDS));
          baseline.push(await throughput(`${bareUrl}${call.path}`, cookie, SECONDS));
        }
        const share = "target" in call ? call.target : undefined;
        printFigures(`${call.label} (${route?.statements.length ?? 0} SQL statements)`, [
          {
            label: "requests per second (median of 3)",
            project: median(app),
            baseline: median(baseline),
            unit: "req/s",
            ...(share
              ? {
                  target: {
                    text: `≥ ${share * 100} % of baseline`,
                    holds: (p: number, b: number) => p >= share * b,
                  },
                }
              : {}),
          },
        ]);
      }
      note(
        `Baseline: a bare node:http server that decrypts the same cookie, runs the same statements with postgres.js and writes the same bytes. ${CONNECTIONS} connections, ${SECONDS} s per round, ${ROUNDS} interleaved rounds after a 3 s warm-up each.`,
      );
    } finally {
      if (bare?.pid && bare.exitCode === null) process.kill(-bare.pid, "SIGTERM");
      await stack.stop();
    }
  },
};
