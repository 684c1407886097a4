import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

import * as schema from "./schema";

export interface CreateDbOptions {
  /** Maximum pooled connections (postgres.js default is 10). */
  max?: number;
  /** Called with each statement and its parameters before it is sent (the scale benchmark explains them). */
  logQuery?: (query: string, params: unknown[]) => void;
}

/** A Drizzle database over postgres.js. Connections open lazily on the first query. */
export function createDb(url: string, options: CreateDbOptions = {}) {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => undefined });
  const { logQuery } = options;
  const logger = logQuery ? { logQuery } : false;
  const db = drizzle({ client, schema, casing: "snake_case", logger });
  return Object.assign(db, { close: () => client.end({ timeout: 5 }) });
}

export type Db = ReturnType<typeof createDb>;
/** A database or a transaction: query modules accept either. */
export type DbOrTx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];
