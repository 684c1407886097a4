import type { Db } from "./client";
import { createDb } from "./client";
import { requireDatabaseUrl } from "./env";

export * from "./client";
export * as schema from "./schema";

const globalForDb = globalThis as unknown as { tendDb?: Db };

/**
 * The process-wide database of an app. Created on first use so that builds and
 * tools that never query do not need DATABASE_URL.
 */
export function getDb(): Db {
  globalForDb.tendDb ??= createDb(requireDatabaseUrl());
  return globalForDb.tendDb;
}
