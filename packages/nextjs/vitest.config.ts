import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "nextjs:unit",
    include: ["src/**/*.test.ts"],
  },
});
