import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "reports:unit",
          include: ["src/**/*.test.ts"],
          // Property tests run hundreds of generated reports each: CPU-bound, and several times
          // slower when CI runs every package's lint and tests on two cores at once.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
