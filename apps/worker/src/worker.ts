import PgBoss from "pg-boss";

import type { Db } from "@tend/db";

import { sendDueReminders } from "@tend/services/self-check";

export const REMINDER_SCAN = "reminders.scan";

/**
 * Starts pg-boss on the app database and registers the jobs: the reminder scan, on a cron
 * schedule that pg-boss runs once across all worker instances.
 */
export async function startWorker(options: {
  db: Db;
  databaseUrl: string;
  webUrl: string;
  cron: string;
}) {
  const boss = new PgBoss({ connectionString: options.databaseUrl });
  boss.on("error", (error) => console.error("[worker] pg-boss:", error));
  await boss.start();
  await boss.createQueue(REMINDER_SCAN);
  await boss.schedule(REMINDER_SCAN, options.cron, {}, { tz: "UTC" });
  await boss.work(REMINDER_SCAN, async () => {
    const sent = await sendDueReminders(options.db, new Date(), options.webUrl);
    if (sent > 0) console.info(`[worker] sent ${sent} reminder email(s)`);
    return { sent };
  });
  return boss;
}
