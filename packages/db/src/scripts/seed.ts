/**
 * `pnpm db:seed`: replaces everything in the database with the demo data.
 * Uses DATABASE_URL, or the embedded development server under .data/ when unset.
 */
import { createDb } from "../client";
import { withDevDatabase } from "../dev-database";
import { runMigrations } from "../migrate";
import { resetDatabase, seedDemo } from "../seed";

await withDevDatabase(async (url) => {
  // The demo has a public password and invitation token: never seed a server that is not local.
  const host = new URL(url).hostname;
  if (
    !["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) &&
    !process.argv.includes("--force")
  ) {
    console.error(
      `Refusing to replace the data on ${host} with demo data. Run with --force if you really mean it.`,
    );
    process.exit(1);
  }
  await runMigrations(url);
  const db = createDb(url, { max: 1 });
  try {
    await resetDatabase(db);
    await seedDemo(db);
    console.log("Demo data re-seeded.");
  } finally {
    await db.close();
  }
});
