import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import postgres from "postgres";
import type { TestProject } from "vitest/node";

import { startEmbeddedPostgres } from "../embedded";
import { runMigrations } from "../migrate";

import "./provided-context";

/**
 * Vitest global setup for integration tests: a real PostgreSQL server and a fresh,
 * migrated database for this run. With TEST_DATABASE_URL (an admin connection to any
 * PostgreSQL ≥ 15) the throwaway database is created there instead of in an embedded server.
 */
export default async function setup(project: TestProject) {
  const name = `tend_test_${process.pid}_${Date.now()}`;
  const external = process.env.TEST_DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "tend-pg-"));
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), quiet: true });
    adminUrl = server.url();
    stopServer = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  project.provide("databaseUrl", url.toString());

  return async () => {
    if (external) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    await stopServer?.();
  };
}
