import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

import { DATA_LAYER } from "./layers.js";

/**
 * Shared flat config for every package.
 * Environment variables are read only in `env.ts` files, so that each app and
 * package validates what it needs in one place. Layers stay in their lanes (see layers.js):
 * only packages/db talks SQL, and no module imports itself back through a cycle.
 */
export default tseslint.config(
  {
    ignores: [
      "**/.next/**",
      "**/node_modules/**",
      "**/.cache/**",
      "**/.artifacts/**",
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
    plugins: { "import-x": importX },
    settings: {
      // Without these the cycle check silently skips every TypeScript file.
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-restricted-imports": ["error", DATA_LAYER],
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
      "@typescript-eslint/no-unnecessary-condition": "error",
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
    // Tests set up and inspect rows directly.
    files: ["**/*.test.ts", "**/*.int.test.ts", "**/*.e2e.ts", "**/testing/**"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    // Command-line scripts, tests and tooling talk to a person at a terminal.
    files: ["**/*.test.ts", "**/*.int.test.ts", "**/*.e2e.ts", "**/scripts/**", "**/testing/**"],
    rules: { "no-console": "off" },
  },
);
