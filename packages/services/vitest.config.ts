import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "services:unit",
          include: ["src/**/*.test.ts"],
          exclude: ["src/**/*.int.test.ts"],
          // Property tests run hundreds of generated cases each: CPU-bound, about 1 s alone but
          // several times that when CI runs every package's lint and tests on two cores at once.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "services:integration",
          include: ["src/**/*.int.test.ts"],
          globalSetup: ["../db/src/testing/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
