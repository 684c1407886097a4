import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    passWithNoTests: true,
    projects: [
      {
        test: {
          name: "auth:unit",
          include: ["src/**/*.test.ts"],
          exclude: ["src/**/*.int.test.ts"],
          // next-auth imports "next/server" without an extension: let Vite resolve it.
          server: { deps: { inline: ["next-auth"] } },
        },
      },
      {
        test: {
          name: "auth:integration",
          include: ["src/**/*.int.test.ts"],
          globalSetup: ["../db/src/testing/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
