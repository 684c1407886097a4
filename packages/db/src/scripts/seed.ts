/**
 * `pnpm db:seed`: replaces everything in the database with the demo data.
 * Uses DATABASE_URL, or the embedded development server under .data/ when unset.
 */
import { withDevDatabase } from "../dev-database";
import { resetDatabase, seedDemo } from "../seed";
import { createDb } from "../client";
import { runMigrations } from "../migrate";

await withDevDatabase(async (url) => {
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
