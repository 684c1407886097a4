import { chmodSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";

import { bundledPostgresDir, startEmbeddedPostgres } from "./embedded";

/**
 * A clone under /root (mode 700): run as root, the server runs as the `postgres` user, who
 * cannot enter the clone's folders. The embedded server must still start.
 */
describe.runIf(process.getuid?.() === 0)("embedded PostgreSQL in a folder closed to others", () => {
  const home = mkdtempSync(path.join(tmpdir(), "tend-closed-home-"));
  const removals: string[] = [home];
  afterAll(() => {
    for (const dir of removals) rmSync(dir, { recursive: true, force: true });
  });

  // Copies the server's binaries twice and runs initdb: about 3 s alone, but over 30 s when CI
  // runs it beside the other packages' tests and lints on two cores.
  it(
    "starts, serves queries and keeps its data where the postgres user can reach it",
    { timeout: 180_000 },
    async () => {
      cpSync(bundledPostgresDir(), path.join(home, "node_modules", "native"), { recursive: true });
      chmodSync(home, 0o700);
      const server = await startEmbeddedPostgres({
        dataDir: path.join(home, ".data", "postgres"),
        postgresDir: path.join(home, "node_modules", "native"),
        quiet: true,
      });
      removals.push(path.dirname(server.dataDir));
      try {
        expect(server.dataDir.startsWith(home)).toBe(false);
        await server.createDatabase("closed_home");
        const sql = postgres(server.url("closed_home"), { max: 1 });
        const [row] = await sql<{ answer: number }[]>`select 41 + 1 as answer`;
        await sql.end();
        expect(row?.answer).toBe(42);
      } finally {
        await server.stop();
      }
    },
  );
});
