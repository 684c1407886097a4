/**
 * `pnpm test:e2e`: Playwright against production builds of both apps and a real PostgreSQL.
 * A fresh embedded server (or a fresh database on TEST_DATABASE_URL) is migrated and seeded
 * with the demo organisation for every run, so the run starts from known data.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import postgres from "postgres";

import { createDb } from "@tend/db";
import { repoRoot } from "@tend/db/dev-database";
import { startEmbeddedPostgres } from "@tend/db/embedded";
import { runMigrations } from "@tend/db/migrate";
import { seedDemo } from "@tend/db/seed";

import { findChromium } from "./chromium";

const root = repoRoot();

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const chromePath = await findChromium();
console.log(`Chromium: ${chromePath}`);

const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  TURBO_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};
const built = await run("pnpm", ["exec", "turbo", "run", "build", "--filter=@tend/web", "--filter=@tend/admin"], baseEnv);
if (built !== 0) process.exit(built);

const dbName = `tend_e2e_${Date.now()}`;
let adminUrl: string;
let stopServer: (() => Promise<void>) | undefined;
const external = process.env.TEST_DATABASE_URL;
if (external) {
  adminUrl = external;
} else {
  const dir = mkdtempSync(path.join(tmpdir(), "tend-e2e-pg-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), quiet: true });
  adminUrl = server.url();
  stopServer = async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
await admin.unsafe(`create database "${dbName}"`);
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
const databaseUrl = url.toString();
await runMigrations(databaseUrl);
const db = createDb(databaseUrl, { max: 1 });
await seedDemo(db);
await db.close();

const code = await run(
  "pnpm",
  ["exec", "playwright", "test", ...process.argv.slice(2)],
  {
    ...baseEnv,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    DEV_OUTBOX: "1",
    CHROME_PATH: chromePath,
    WEB_PORT: process.env.E2E_WEB_PORT ?? "3100",
    ADMIN_PORT: process.env.E2E_ADMIN_PORT ?? "3101",
  },
  path.join(root, "tooling", "e2e"),
);

if (external) await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
await admin.end();
await stopServer?.();
process.exit(code);
