import { defineConfig } from "vitest/config";

// The budget test reads both apps' production builds; turbo builds them first
// (tooling/bench/turbo.json).
export default defineConfig({
  test: {
    name: "bench:budget",
    include: ["src/**/*.test.ts"],
  },
});
