import PgBoss from "pg-boss";

import type { Db } from "@tend/db";
import { createLogger } from "@tend/logger";
import { sendDueReminders } from "@tend/services/self-check";

export const REMINDER_SCAN = "reminders.scan";

const log = createLogger("worker");

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
  boss.on("error", (error) => log.error({ err: error }, "pg-boss failed"));
  await boss.start();
  await boss.createQueue(REMINDER_SCAN);
  await boss.schedule(REMINDER_SCAN, options.cron, {}, { tz: "UTC" });
  await boss.work(REMINDER_SCAN, async () => {
    const sent = await sendDueReminders(options.db, new Date(), options.webUrl);
    if (sent > 0) log.info({ job: REMINDER_SCAN, sent }, "reminder emails sent");
    return { sent };
  });
  return boss;
}
