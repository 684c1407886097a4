/**
 * Renewal reminders: 90, 60 and 30 days before a licence's cycle ends, while its requirements
 * are not met, an e-mail says what is still missing. The worker runs this every hour; an e-mail
 * waits out the clinician's quiet hours, and each reminder goes once (a claim row per licence,
 * cycle and threshold, written with the e-mail in one transaction). A missed threshold is not
 * sent late once a more urgent one is due (`dueReminder`).
 */
import type { Db } from "@tend/db";
import type { Progress, ReminderDay } from "@tend/development";
import {
  claimCeReminder,
  listEntriesOfLicences,
  listLicencesEndingBetween,
} from "@tend/db/queries";
import {
  addDays,
  CE_CATEGORY_LABELS,
  dueReminder,
  hoursText,
  licenceName,
  progressWithCarryOver,
  REMINDER_DAYS,
} from "@tend/development";
import { createLogger } from "@tend/logger";
import { sendMail } from "@tend/mail";
import { formatLocal, isWithinQuietHours } from "@tend/scheduling";

import { notify } from "../notifications";
import { asTemplate } from "./templates";

const log = createLogger("ce-reminders");

/** The reminder's e-mail: when the cycle ends and what is still missing. */
export function ceReminderMail(params: {
  to: { name: string; email: string };
  licence: string;
  progress: Progress;
  days: ReminderDay;
  webUrl: string;
}) {
  const { progress } = params;
  const missing = [
    progress.missing > 0 ? `- ${hoursText(progress.missing)} in all` : "",
    ...progress.categories
      .filter((c) => c.missing > 0)
      .map((c) => `- ${hoursText(c.missing)} of ${CE_CATEGORY_LABELS[c.category]}`),
  ].filter(Boolean);
  const end = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${progress.cycle.end}T00:00:00Z`),
  );
  return {
    to: params.to.email,
    subject: `${params.licence}: renewal cycle ends in ${progress.daysLeft} days`,
    text: [
      `Hello ${params.to.name},`,
      "",
      `Your licence ${params.licence}: its renewal cycle ends on ${end}, in ${progress.daysLeft} days. Still needed:`,
      ...missing,
      "",
      `You have ${hoursText(progress.counted)} of ${hoursText(progress.required)}. Log CE: ${params.webUrl}/development`,
      `Or find a workshop in your organisation's catalog: ${params.webUrl}/development/catalog`,
      "",
      "Tend reminds you 90, 60 and 30 days before the end while something is missing.",
    ].join("\n"),
  };
}

/**
 * The worker's job: sends every renewal reminder due now outside its recipient's quiet hours.
 * Reads only the licences whose cycle ends within 90 days. Returns how many went.
 */
export async function sendCeReminders(db: Db, now: Date, webUrl: string): Promise<number> {
  const utcToday = now.toISOString().slice(0, 10);
  // A day either side of UTC covers every time zone's today.
  const due = await listLicencesEndingBetween(db, {
    from: addDays(utcToday, -1),
    to: addDays(utcToday, REMINDER_DAYS[0] + 1),
  });
  const entries = await listEntriesOfLicences(
    db,
    due.map((d) => d.licence.id),
  );
  let sent = 0;
  for (const { licence, template, owner, sentDays } of due) {
    const { cycleStart, cycleEnd } = licence;
    if (!cycleStart || !cycleEnd) continue;
    let progress: Progress;
    try {
      progress = progressWithCarryOver({
        template: asTemplate(template),
        cycle: { start: cycleStart, end: cycleEnd },
        entries: entries.filter((e) => e.licenceIds.includes(licence.id)),
        today: formatLocal(now, owner.timeZone, "yyyy-MM-dd"),
      });
    } catch (error) {
      // One licence that cannot be measured does not stop everyone else's reminders.
      log.error({ err: error, licence: licence.id }, "CE progress failed");
      continue;
    }
    const days = dueReminder(progress, sentDays);
    if (!days || isWithinQuietHours(now, owner.quietHours, owner.timeZone)) continue;
    const name = licenceName(licence);
    const went = await db.transaction(async (tx) => {
      const claimed = await claimCeReminder(tx, {
        licenceId: licence.id,
        cycleEnd,
        daysBefore: days,
        sentAt: now,
      });
      if (claimed) {
        await sendMail(tx, ceReminderMail({ to: owner, licence: name, progress, days, webUrl }));
        await notify(tx, {
          organisationId: licence.organisationId,
          recipients: [licence.membershipId],
          kind: "ce_deadline",
          subjectId: licence.id,
          text: `${name}: the renewal cycle ends in ${progress.daysLeft} days, and ${
            progress.missing > 0
              ? `${hoursText(progress.missing)} of CE are still needed.`
              : "some required subjects still need hours."
          }`,
          href: "/development",
          eventAt: null,
        });
      }
      return claimed;
    });
    if (went) sent += 1;
  }
  return sent;
}
