import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

import { startEmbeddedPostgres } from "./embedded";
import { configuredDatabaseUrl } from "./env";

/** The repository root: the nearest folder above this file holding pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = path.dirname(new URL(import.meta.url).pathname);
  while (!existsSync(path.join(dir, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("pnpm-workspace.yaml not found above " + import.meta.url);
    dir = parent;
  }
  return dir;
}

export const DEV_DATABASE_NAME = "tend";
const dataDir = () => path.join(repoRoot(), ".data");
const stateFile = () => path.join(dataDir(), "dev-postgres.json");

interface DevServerState {
  pid: number;
  port: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The URL of the embedded development server if a dev process is running it. */
export function runningDevDatabaseUrl(): string | null {
  if (!existsSync(stateFile())) return null;
  const state = JSON.parse(readFileSync(stateFile(), "utf8")) as DevServerState;
  return isAlive(state.pid)
    ? `postgres://postgres:postgres@127.0.0.1:${state.port}/${DEV_DATABASE_NAME}`
    : null;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end();
  }
}

/**
 * Starts the persistent embedded development server (data under .data/postgres) and
 * records its port so that `pnpm db:seed` can reach it while `pnpm dev` runs.
 */
export async function startDevDatabase(): Promise<{
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}> {
  mkdirSync(dataDir(), { recursive: true });
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir(), "postgres") });
  await ensureDatabase(server.url(), DEV_DATABASE_NAME);
  writeFileSync(
    stateFile(),
    JSON.stringify({ pid: process.pid, port: server.port } satisfies DevServerState),
  );
  // The server stops itself when this process exits (Ctrl-C included).
  process.on("exit", () => rmSync(stateFile(), { force: true }));
  return {
    url: server.url(DEV_DATABASE_NAME),
    dataDir: server.dataDir,
    stop: async () => {
      rmSync(stateFile(), { force: true });
      await server.stop();
    },
  };
}

/**
 * Runs `fn` against DATABASE_URL when it is set; otherwise against the embedded development
 * server, reusing the one `pnpm dev` runs or starting (and afterwards stopping) it.
 */
export async function withDevDatabase(fn: (url: string) => Promise<void>): Promise<void> {
  const configured = configuredDatabaseUrl();
  if (configured) return fn(configured);
  const running = runningDevDatabaseUrl();
  if (running) return fn(running);
  const server = await startDevDatabase();
  try {
    await fn(server.url);
  } finally {
    await server.stop();
  }
}
