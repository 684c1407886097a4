import type { TestProject } from "vitest/node";

import "./provided-context";

import { createThrowawayDatabase } from "../throwaway";

/**
 * Vitest global setup for integration tests: a real PostgreSQL server and a fresh,
 * migrated database for this run. With TEST_DATABASE_URL (an admin connection to any
 * PostgreSQL ≥ 15) the throwaway database is created there instead of in an embedded server.
 */
export default async function setup(project: TestProject) {
  const database = await createThrowawayDatabase({
    prefix: "tend_test",
    adminUrl: process.env.TEST_DATABASE_URL,
  });
  project.provide("databaseUrl", database.url);
  return database.drop;
}
