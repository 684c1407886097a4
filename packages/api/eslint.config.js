import base from "@tend/eslint-config/base";
import { ROUTER_LAYER } from "@tend/eslint-config/layers";

export default [
  ...base,
  {
    files: ["src/router/**/*.ts"],
    ignores: ["**/*.test.ts", "**/*.int.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", ROUTER_LAYER] },
  },
];
