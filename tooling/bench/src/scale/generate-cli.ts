/**
 * `pnpm --filter @tend/bench scale:generate`: generates the scale data set into DATABASE_URL
 * (migrating it first) and leaves it there, for `pnpm bench scale` or for looking around.
 */
import postgres from "postgres";

import { runMigrations } from "@tend/db/migrate";

import { generateScaleData } from "./generate";

const url = process.env.DATABASE_URL?.trim();
if (!url) {
  console.error(
    "Set DATABASE_URL to the database to fill (`pnpm bench scale` without it uses a throwaway one).",
  );
  process.exit(2);
}
await runMigrations(url);
const sql = postgres(url, { max: 1, onnotice: () => undefined });
try {
  const seconds = await generateScaleData(sql);
  console.log(
    seconds === null
      ? "The scale organisations are already there: nothing generated."
      : `Generated in ${seconds.toFixed(0)} s.`,
  );
} finally {
  await sql.end();
}
