#!/usr/bin/env node
// The README's two commands, for a fresh clone on a machine with only Node.js ≥ 20.19 and npm:
//
//   node tooling/bootstrap.mjs dev    install, then serve both apps with the demo organisation
//   node tooling/bootstrap.mjs test   install, then lint, typecheck, unit, integration and end-to-end
//
// pnpm is used when the right version is on the PATH, and fetched through npx otherwise.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PNPM_VERSION = "10.34.9";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tasks = { dev: ["dev"], start: ["start"], test: ["test:all"] };

const task = process.argv[2];
if (!(task in tasks)) {
  console.error(`Usage: node tooling/bootstrap.mjs <${Object.keys(tasks).join("|")}> [args]`);
  process.exit(2);
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node.js ${process.versions.node} is too old: install Node.js 20.19 or newer.`);
  process.exit(1);
}

const installed = spawnSync("pnpm", ["--version"], {
  encoding: "utf8",
  shell: process.platform === "win32",
});
const pnpm =
  installed.stdout?.trim() === PNPM_VERSION ? ["pnpm"] : ["npx", "--yes", `pnpm@${PNPM_VERSION}`];

function run(args) {
  return new Promise((resolve) => {
    const [command, ...rest] = [...pnpm, ...args];
    const child = spawn(command, rest, {
      cwd: root,
      stdio: "inherit",
      shell: process.platform === "win32",
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" },
    });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const installCode = await run(["install", "--frozen-lockfile"]);
if (installCode !== 0) process.exit(installCode);
process.exit(await run(["run", ...tasks[task], ...process.argv.slice(3)]));
