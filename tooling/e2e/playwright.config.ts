import { defineConfig, devices } from "@playwright/test";

import { SSO, ssoEnv } from "./tests/sso-settings";

// Started by tooling/scripts/e2e.ts, which builds the apps, prepares a seeded database and
// passes DATABASE_URL, AUTH_SECRET, CHROME_PATH and the ports.
const WEB_PORT = process.env.WEB_PORT ?? "3100";
const ADMIN_PORT = process.env.ADMIN_PORT ?? "3101";
const chromeArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "./tests",
  testMatch: "**/*.e2e.ts",
  fullyParallel: false,
  workers: 1, // one seeded database: journeys run in order, deterministically
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { open: "never", outputFolder: ".artifacts/report" }]],
  outputDir: ".artifacts/results",
  use: {
    baseURL: `http://localhost:${WEB_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: process.env.CHROME_PATH, args: chromeArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // The OpenID provider the single sign-on journey signs in with.
      command: "pnpm exec tsx oidc-provider.ts",
      url: `${SSO.issuer}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { OIDC_PORT: String(SSO.port), WEB_PORT, ADMIN_PORT },
    },
    {
      command: "pnpm --filter @tend/web start",
      cwd: "../..",
      url: `http://localhost:${WEB_PORT}/sign-in`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        WEB_PORT,
        WEB_URL: `http://localhost:${WEB_PORT}`,
        ADMIN_URL: `http://localhost:${ADMIN_PORT}`,
        ...ssoEnv,
      },
    },
    {
      command: "pnpm --filter @tend/admin start",
      cwd: "../..",
      url: `http://localhost:${ADMIN_PORT}/sign-in`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        ADMIN_PORT,
        ADMIN_URL: `http://localhost:${ADMIN_PORT}`,
        WEB_URL: `http://localhost:${WEB_PORT}`,
        ...ssoEnv,
      },
    },
  ],
});

export const ADMIN_BASE_URL = `http://localhost:${ADMIN_PORT}`;
