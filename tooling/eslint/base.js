import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * Shared flat config for every package.
 * Environment variables are read only in `env.ts` files, so that each app and
 * package validates what it needs in one place.
 */
export default tseslint.config(
  {
    ignores: [
      "**/.next/**",
      "**/node_modules/**",
      "**/.cache/**",
      "**/migrations/**",
      "**/*.config.*",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true },
    },
    linterOptions: { reportUnusedDisableDirectives: true },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "warn",
        { prefer: "type-imports", fixStyle: "separate-type-imports" },
      ],
      "@typescript-eslint/no-misused-promises": [2, { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-non-null-assertion": "error",
      // Server code logs through @tend/logger (structured, with a request id), not console.
      "no-console": "error",
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read environment variables only in an env.ts file.",
        },
      ],
    },
  },
  {
    files: [
      "**/env.ts",
      "**/*.test.ts",
      "**/*.int.test.ts",
      "**/*.e2e.ts",
      "**/scripts/**",
      "**/testing/**",
      "**/instrumentation.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Command-line scripts, tests and tooling talk to a person at a terminal.
    files: ["**/*.test.ts", "**/*.int.test.ts", "**/*.e2e.ts", "**/scripts/**", "**/testing/**"],
    rules: { "no-console": "off" },
  },
);
