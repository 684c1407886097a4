import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..", "..");

/** Runs an app's `dev` script through the shell, with `next` only echoing its arguments. */
function devCommand(app: string, env: Record<string, string>): string {
  const pkg = JSON.parse(readFileSync(path.join(root, "apps", app, "package.json"), "utf8")) as {
    scripts: { dev: string };
  };
  const script = pkg.scripts.dev.replace(/\bnext dev\b/, "echo next dev");
  return execFileSync("/bin/sh", ["-c", script], {
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
  }).trim();
}

describe.each(["web", "admin"])("apps/%s dev server", (app) => {
  it("listens on loopback only by default", () => {
    expect(devCommand(app, {})).toMatch(/ --hostname 127\.0\.0\.1(\s|$)/);
  });

  it("listens where DEV_HOST says, for whoever opts out", () => {
    expect(devCommand(app, { DEV_HOST: "0.0.0.0" })).toMatch(/ --hostname 0\.0\.0\.0(\s|$)/);
  });
});
