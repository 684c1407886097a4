import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "csv:unit",
          include: ["src/**/*.test.ts"],
          // Property tests are CPU-bound: generous when CI runs every package at once on two cores.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
