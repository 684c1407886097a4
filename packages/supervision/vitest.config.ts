import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "supervision:unit",
          include: ["src/**/*.test.ts"],
          // Property tests run hundreds of generated cases each: CPU-bound, about 1 s alone but
          // several times that when CI runs every package's lint and tests on two cores at once.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
