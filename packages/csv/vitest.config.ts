import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { projects: [{ test: { name: "csv:unit", include: ["src/**/*.test.ts"] } }] },
});
