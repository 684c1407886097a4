import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "scheduling:unit",
          include: ["src/**/*.test.ts"],
        },
      },
    ],
  },
});
