import PgBoss from "pg-boss";

import type { Db } from "@tend/db";
import { createLogger } from "@tend/logger";
import { sendCeReminders } from "@tend/services/development";
import { sendGroupNotices } from "@tend/services/groups";
import { refreshReportSnapshots } from "@tend/services/reports";
import { sendDueReminders } from "@tend/services/self-check";
import { extendSeries, sendSupervisionNotices } from "@tend/services/supervision";

export const REMINDER_SCAN = "reminders.scan";
/** Supervision e-mails (bookings, changes, cancellations, promotions, reminders), every few minutes. */
export const SUPERVISION_NOTICES = "supervision.notices";
export const SUPERVISION_NOTICES_CRON = "*/5 * * * *";
/** Recurring series: their next occurrences stored as sessions, daily. */
export const SERIES_EXTENSION = "supervision.series";
export const SERIES_EXTENSION_CRON = "17 2 * * *";
/** Team reports admins use, computed again before they go stale, every quarter of an hour. */
export const REPORT_REFRESH = "reports.refresh";
export const REPORT_REFRESH_CRON = "*/15 * * * *";
/** Peer-group e-mails (a review's outcome, a mute), every few minutes. */
export const GROUP_NOTICES = "groups.notices";
export const GROUP_NOTICES_CRON = "*/5 * * * *";
/** CE renewal reminders (90, 60 and 30 days before a cycle ends), hourly. */
export const CE_REMINDERS = "development.reminders";
export const CE_REMINDERS_CRON = "25 * * * *";

const log = createLogger("worker");

/**
 * Starts pg-boss on the app database and registers the jobs, each on a cron schedule that
 * pg-boss runs once across all worker instances: the self-check reminder scan, supervision
 * notices, the extension of recurring series, the refresh of team reports, peer-group notices
 * and CE renewal reminders.
 */
export async function startWorker(options: {
  db: Db;
  databaseUrl: string;
  webUrl: string;
  /** The self-check reminder scan's schedule. */
  cron: string;
  noticesCron?: string;
  seriesCron?: string;
  reportsCron?: string;
  groupNoticesCron?: string;
  ceRemindersCron?: string;
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
  await boss.createQueue(SUPERVISION_NOTICES);
  await boss.schedule(
    SUPERVISION_NOTICES,
    options.noticesCron ?? SUPERVISION_NOTICES_CRON,
    {},
    { tz: "UTC" },
  );
  await boss.work(SUPERVISION_NOTICES, async () => {
    const sent = await sendSupervisionNotices(options.db, new Date(), options.webUrl);
    if (sent > 0) log.info({ job: SUPERVISION_NOTICES, sent }, "supervision e-mails sent");
    return { sent };
  });
  await boss.createQueue(SERIES_EXTENSION);
  await boss.schedule(
    SERIES_EXTENSION,
    options.seriesCron ?? SERIES_EXTENSION_CRON,
    {},
    {
      tz: "UTC",
    },
  );
  await boss.work(SERIES_EXTENSION, async () => {
    const created = await extendSeries(options.db, new Date());
    if (created > 0) log.info({ job: SERIES_EXTENSION, created }, "series occurrences stored");
    return { created };
  });
  await boss.createQueue(REPORT_REFRESH);
  await boss.schedule(
    REPORT_REFRESH,
    options.reportsCron ?? REPORT_REFRESH_CRON,
    {},
    { tz: "UTC" },
  );
  await boss.work(REPORT_REFRESH, async () => {
    const done = await refreshReportSnapshots(options.db, new Date());
    if (done.failed > 0) log.error({ job: REPORT_REFRESH, ...done }, "team reports failed");
    else if (done.refreshed + done.forgotten > 0)
      log.info({ job: REPORT_REFRESH, ...done }, "team reports computed");
    return done;
  });
  await boss.createQueue(GROUP_NOTICES);
  await boss.schedule(
    GROUP_NOTICES,
    options.groupNoticesCron ?? GROUP_NOTICES_CRON,
    {},
    { tz: "UTC" },
  );
  await boss.work(GROUP_NOTICES, async () => {
    const sent = await sendGroupNotices(options.db, new Date(), options.webUrl);
    if (sent > 0) log.info({ job: GROUP_NOTICES, sent }, "peer-group e-mails sent");
    return { sent };
  });
  await boss.createQueue(CE_REMINDERS);
  await boss.schedule(
    CE_REMINDERS,
    options.ceRemindersCron ?? CE_REMINDERS_CRON,
    {},
    { tz: "UTC" },
  );
  await boss.work(CE_REMINDERS, async () => {
    const sent = await sendCeReminders(options.db, new Date(), options.webUrl);
    if (sent > 0) log.info({ job: CE_REMINDERS, sent }, "CE renewal reminders sent");
    return { sent };
  });
  return boss;
}
