/**
 * The background worker: `pnpm --filter @tend/worker start` (any number of instances against
 * the same DATABASE_URL). Jobs live in PostgreSQL through pg-boss.
 */
import PgBoss from "pg-boss";

import { createDb } from "@tend/db";

import { readEnv } from "./env";
import { sendDueReminders } from "./jobs/reminders";

const env = readEnv();
const db = createDb(env.DATABASE_URL, { max: 4 });
const boss = new PgBoss({ connectionString: env.DATABASE_URL });
boss.on("error", (error) => console.error("[worker] pg-boss:", error));

const SCAN = "reminders.scan";

await boss.start();
await boss.createQueue(SCAN);
await boss.schedule(SCAN, env.REMINDER_SCAN_CRON, {}, { tz: "UTC" });
await boss.work(SCAN, async () => {
  const sent = await sendDueReminders(db, new Date(), env.WEB_URL);
  if (sent > 0) console.info(`[worker] sent ${sent} reminder email(s)`);
});
console.info(`[worker] running: reminders scan "${env.REMINDER_SCAN_CRON}" (UTC)`);

async function stop() {
  await boss.stop({ graceful: true, timeout: 10_000 });
  await db.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
