import { requireDatabaseUrl } from "../env";
import { runMigrations } from "../migrate";

await runMigrations(requireDatabaseUrl());
console.log("Migrations applied.");
