/**
 * The background worker: `pnpm --filter @tend/worker start` (any number of instances against
 * the same DATABASE_URL). Jobs live in PostgreSQL through pg-boss.
 */
import { createDb } from "@tend/db";
import { createLogger } from "@tend/logger";

import { readEnv } from "./env";
import { startWorker } from "./worker";

const env = readEnv();
const db = createDb(env.DATABASE_URL, { max: 4 });
const boss = await startWorker({
  db,
  databaseUrl: env.DATABASE_URL,
  webUrl: env.WEB_URL,
  cron: env.REMINDER_SCAN_CRON,
});
createLogger("worker").info({ reminderScanCron: env.REMINDER_SCAN_CRON }, "running (cron in UTC)");

async function stop() {
  await boss.stop({ graceful: true, timeout: 10_000 });
  await db.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
