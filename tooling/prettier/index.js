import { fileURLToPath } from "node:url";

/** Plugins resolve from this package, wherever Prettier runs. */
const plugin = (name) => fileURLToPath(import.meta.resolve(name));

/**
 * Prettier for the whole tree. Imports are sorted into groups (Node built-ins, packages,
 * our own @tend packages, then relative paths), and Tailwind classes into Tailwind's order.
 * @type {import("prettier").Config}
 */
export default {
  printWidth: 100,
  singleQuote: false,
  trailingComma: "all",
  plugins: [plugin("@ianvs/prettier-plugin-sort-imports"), plugin("prettier-plugin-tailwindcss")],
  importOrder: [
    "<TYPES>",
    "<BUILTIN_MODULES>",
    "<THIRD_PARTY_MODULES>",
    "",
    "<TYPES>^@tend",
    "^@tend/(.*)$",
    "",
    "<TYPES>^[.~]",
    "^~/(.*)$",
    "^[.]",
  ],
  importOrderTypeScriptVersion: "5.9.3",
  // Both apps load Tailwind and the shared theme the same way; the portal's sheet stands for both.
  tailwindStylesheet: "./apps/web/src/app/globals.css",
};
