import { defineConfig } from "drizzle-kit";

// Used only by `drizzle-kit generate`, which compares the schema with the committed
// migrations and needs no database. Migrations are applied by src/migrate.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./migrations",
  casing: "snake_case",
});
