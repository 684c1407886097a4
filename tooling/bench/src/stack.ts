/**
 * The production stack the benchmarks measure: both apps built by turbo (cached when nothing
 * changed), served by `next start` against a fresh, seeded throwaway database (a new embedded
 * PostgreSQL, or a new database on TEST_DATABASE_URL's server), and session cookies for the
 * demo personas minted the way next-auth mints them.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import postgres from "postgres";

import { createDb } from "@tend/db";
import { repoRoot } from "@tend/db/dev-database";
import { seedDemo } from "@tend/db/seed";
import { createThrowawayDatabase } from "@tend/db/throwaway";

import type { CountingProxy } from "./pg-proxy";
import { startCountingProxy } from "./pg-proxy";

const root = repoRoot();

/** next-auth's cookie name with `useSecureCookies` (production builds). */
export const SESSION_COOKIE = "__Secure-authjs.session-token";
const SESSION_MAX_AGE = 12 * 60 * 60;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`)),
    );
  });
}

const productionEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production",
  TURBO_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
});

/**
 * Builds both apps for production (turbo replays the cache when nothing changed). NODE_ENV is
 * left out, as `pnpm build`, `pnpm test` and `pnpm test:e2e` leave it out: it is part of
 * turbo's hash, and next build sets production itself.
 */
export async function buildApps(): Promise<void> {
  const env = productionEnv();
  delete env.NODE_ENV;
  await run(
    "pnpm",
    [
      "exec",
      "turbo",
      "run",
      "build",
      "--filter=@tend/web",
      "--filter=@tend/admin",
      "--output-logs=errors-only",
    ],
    env,
  );
}

async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Refuses to start on a port another server holds (its answers would be measured instead). */
export async function assertFree(port: string): Promise<void> {
  const taken = await fetch(`http://localhost:${port}/`, { redirect: "manual" }).then(
    () => true,
    () => false,
  );
  if (taken)
    throw new Error(
      `Port ${port} is in use: stop what holds it or choose others with BENCH_WEB_PORT, BENCH_ADMIN_PORT, BENCH_COUNTED_PORT, BENCH_PROBE_PORT and BENCH_BARE_PORT.`,
    );
}

export interface Stack {
  databaseUrl: string;
  authSecret: string;
  webUrl: string;
  adminUrl: string;
  /**
   * With `counted: true`, a second portal server on the same database whose connections pass
   * through a statement-counting proxy and whose session cryptography is counted: for
   * measuring what a request does, not how fast (the first server is untouched by both).
   */
  counted?: {
    webUrl: string;
    statements: CountingProxy;
    /** Session cookie decryptions and encryptions since the last call. */
    sessionCrypto(): Promise<{ decrypt: number; encrypt: number }>;
  };
  /** A `Cookie` header value that signs in the person with this e-mail address. */
  sessionCookie(email: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Builds, seeds and serves both apps; `stop()` ends the servers and drops the database.
 * With `databaseUrl`, serves that database as it is instead (migrated, not seeded, kept).
 * Ports: BENCH_WEB_PORT / BENCH_ADMIN_PORT (default 3200 / 3201).
 */
export async function startStack(
  options: { apps?: ("web" | "admin")[]; counted?: boolean; databaseUrl?: string } = {},
): Promise<Stack> {
  const apps = options.apps ?? ["web", "admin"];
  await buildApps();
  const database = options.databaseUrl
    ? { url: options.databaseUrl, drop: () => Promise.resolve() }
    : await createThrowawayDatabase({
        prefix: "tend_bench",
        adminUrl: process.env.TEST_DATABASE_URL,
      });
  if (!options.databaseUrl) {
    const db = createDb(database.url, { max: 1 });
    await seedDemo(db);
    await db.close();
  }

  const authSecret = randomBytes(32).toString("base64");
  const webPort = process.env.BENCH_WEB_PORT ?? "3200";
  const adminPort = process.env.BENCH_ADMIN_PORT ?? "3201";
  const countedPort = process.env.BENCH_COUNTED_PORT ?? "3202";
  const probePort = process.env.BENCH_PROBE_PORT ?? "3203";
  const ports = [
    ...(apps.includes("web") ? [webPort] : []),
    ...(apps.includes("admin") ? [adminPort] : []),
    ...(options.counted ? [countedPort, probePort] : []),
  ];
  for (const port of ports)
    await assertFree(port).catch(async (error: unknown) => {
      await database.drop();
      throw error;
    });
  const webUrl = `http://localhost:${webPort}`;
  const adminUrl = `http://localhost:${adminPort}`;
  const env: NodeJS.ProcessEnv = {
    ...productionEnv(),
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret,
    WEB_PORT: webPort,
    ADMIN_PORT: adminPort,
    WEB_URL: webUrl,
    ADMIN_URL: adminUrl,
    MAIL_DISABLED: "1",
    LOG_LEVEL: "warn",
  };
  // Each in its own process group, so that stop() ends pnpm and the next server it started.
  const serve = (app: "web" | "admin", extraEnv: NodeJS.ProcessEnv = {}) =>
    spawn("pnpm", ["--filter", `@tend/${app}`, "start"], {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
  const servers = apps.map((app) => serve(app));
  const waits = apps.map((app) => `${app === "web" ? webUrl : adminUrl}/sign-in`);

  let counted: Stack["counted"];
  if (options.counted) {
    const statements = await startCountingProxy(database.url);
    const probe = new URL("./probe/session-crypto.mjs", import.meta.url).pathname;
    servers.push(
      serve("web", {
        DATABASE_URL: statements.url,
        WEB_PORT: countedPort,
        WEB_URL: `http://localhost:${countedPort}`,
        BENCH_PROBE_PORT: probePort,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${probe}`.trim(),
      }),
    );
    waits.push(`http://localhost:${countedPort}/sign-in`);
    counted = {
      webUrl: `http://localhost:${countedPort}`,
      statements,
      async sessionCrypto() {
        const res = await fetch(`http://127.0.0.1:${probePort}/`);
        return (await res.json()) as { decrypt: number; encrypt: number };
      },
    };
  }
  const stopServers = () =>
    Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            if (!server.pid || server.exitCode !== null) return resolve();
            server.once("exit", () => resolve());
            process.kill(-server.pid, "SIGTERM");
          }),
      ),
    );
  try {
    await Promise.all(waits.map((url) => waitForHttp(url)));
  } catch (error) {
    await stopServers();
    await counted?.statements.stop();
    await database.drop();
    throw error;
  }

  const sql = postgres(database.url, { max: 1, onnotice: () => undefined });
  return {
    databaseUrl: database.url,
    authSecret,
    webUrl,
    adminUrl,
    counted,
    async sessionCookie(email) {
      const [user] = await sql<{ id: string; name: string; sv: number }[]>`
        select id, name, session_version as sv from users where email = ${email}`;
      if (!user) throw new Error(`No demo person with the address ${email}`);
      const value = await encode({
        token: { sub: user.id, sv: user.sv, name: user.name, email },
        secret: authSecret,
        salt: SESSION_COOKIE,
        maxAge: SESSION_MAX_AGE,
      });
      return `${SESSION_COOKIE}=${value}`;
    },
    async stop() {
      await stopServers();
      await counted?.statements.stop();
      await sql.end();
      await database.drop();
    },
  };
}
