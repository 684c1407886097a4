import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "instruments:unit", include: ["src/**/*.test.ts"] },
      },
    ],
  },
});
