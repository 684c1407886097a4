import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";

import { startEmbeddedPostgres } from "./embedded";
import { runMigrations } from "./migrate";

/**
 * A fresh, migrated database for one test run: in a new embedded PostgreSQL server, or, given
 * `adminUrl` (an admin connection to any PostgreSQL ≥ 15), as a new database on that server.
 * `drop()` removes it (and stops the embedded server).
 */
export async function createThrowawayDatabase(options: { prefix: string; adminUrl?: string }) {
  const name = `${options.prefix}_${process.pid}_${Date.now()}`;
  let adminUrl = options.adminUrl;
  let stopServer: (() => Promise<void>) | undefined;
  if (!adminUrl) {
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
  return {
    url: url.toString(),
    drop: async () => {
      if (!stopServer) await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
      await stopServer?.();
    },
  };
}
