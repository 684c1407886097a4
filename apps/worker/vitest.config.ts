import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    passWithNoTests: true,
    projects: [
      {
        test: {
          name: "worker:unit",
          include: ["src/**/*.test.ts"],
          exclude: ["src/**/*.int.test.ts"],
        },
      },
      {
        test: {
          name: "worker:integration",
          include: ["src/**/*.int.test.ts"],
          globalSetup: ["../../packages/db/src/testing/global-setup.ts"],
          // The scan reads every person in the database: one file at a time, so no test sees another's mail.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
