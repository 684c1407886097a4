/**
 * `pnpm test:e2e`: Playwright against production builds of both apps and a real PostgreSQL.
 * A fresh embedded server (or a fresh database on TEST_DATABASE_URL) is migrated and seeded
 * with the demo organisation for every run, so the run starts from known data.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

import { createDb } from "@tend/db";
import { repoRoot } from "@tend/db/dev-database";
import { seedDemo } from "@tend/db/seed";
import { createThrowawayDatabase } from "@tend/db/throwaway";

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
// Built as `pnpm build` and `pnpm test` build them (without NODE_ENV, which is part of turbo's
// hash; next build sets production itself), so the build `pnpm test` made for the JavaScript
// budget test is a cache hit here.
const buildEnv: NodeJS.ProcessEnv = { ...baseEnv };
delete buildEnv.NODE_ENV;
const built = await run(
  "pnpm",
  ["exec", "turbo", "run", "build", "--filter=@tend/web", "--filter=@tend/admin"],
  buildEnv,
);
if (built !== 0) process.exit(built);

const database = await createThrowawayDatabase({
  prefix: "tend_e2e",
  adminUrl: process.env.TEST_DATABASE_URL,
});
const databaseUrl = database.url;
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

await database.drop();
process.exit(code);
