import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "logger:unit",
          include: ["src/**/*.test.ts"],
        },
      },
    ],
  },
});
