/**
 * Self-check reminders. A scan (scheduled through pg-boss, so one instance runs it at a time)
 * finds people with checks due and sends one email per person listing them, never inside
 * their quiet hours and at a friendly time in their own zone. A delivery row per person,
 * instrument and due date makes every send happen once, whatever instance runs the scan.
 *
 * The scan does work proportional to what is due. Each person's next due time and reminder
 * moment per check is kept in `reminder_schedules`, worked out here (`reminderSchedule`, with
 * the cadence policy of `effectiveCadence`) whenever something it depends on changed: database
 * triggers queue the person on any change to their responses, cadences, hours, zone or roles,
 * and each scan first works out whoever is queued. Then it reads, through an index, only the
 * reminders whose moment has come and that were not sent; one that comes inside the person's
 * quiet hours is moved to when they end. With nothing new to send, a scan is three reads and
 * no write.
 */
import { createHash } from "node:crypto";

import type { Db } from "@tend/db";
import type { QueuedReminderPerson } from "@tend/db/queries";
import {
  adoptReminderSchedulePolicy,
  deferReminders,
  getReminderSchedulePolicy,
  listDueReminders,
  listQueuedReminderPeople,
  recordReminderDeliveries,
  saveReminderSchedules,
} from "@tend/db/queries";
import { getInstrument, INSTRUMENTS, isInstrumentId } from "@tend/instruments";
import { sendMail } from "@tend/mail";
import {
  isWithinQuietHours,
  nextAllowedSendTime,
  nextDueAt,
  preferredSendTime,
} from "@tend/scheduling";

import { DEFAULT_CADENCES, effectiveCadence, REMINDED_BY_DEFAULT } from "./cadence";

export interface DueCheck {
  instrumentId: string;
  dueAt: Date;
}

export interface ScheduledReminder extends DueCheck {
  /** The first moment the reminder may go: a friendly time in the person's zone, after `dueAt`. */
  remindAt: Date;
}

/**
 * Raise when `nextDueAt` or `preferredSendTime` (packages/scheduling) change what they answer:
 * the next scan then works every stored schedule out again.
 */
const SCHEDULING_RULES_VERSION = 1;

/**
 * The policy the stored schedules follow: the checks, their default cadences, which remind by
 * default and the scheduling rules. When a deploy changes it, the next scan queues everyone.
 */
export const REMINDER_POLICY = createHash("sha256")
  .update(
    JSON.stringify({
      rules: SCHEDULING_RULES_VERSION,
      instruments: INSTRUMENTS.map((i) => i.id),
      cadences: DEFAULT_CADENCES,
      remindedByDefault: REMINDED_BY_DEFAULT,
    }),
  )
  .digest("hex")
  .slice(0, 16);

/** People worked out per read and transaction. */
const BATCH = 500;

/**
 * When each of a person's checks is next due and from when its reminder may go; nothing for a
 * paused check or for someone who does not take self-checks. (`now` only matters for a timed
 * pause, which the effective cadence never has, so a stored schedule stays true until the
 * person's data changes.)
 */
export function reminderSchedule(
  person: NonNullable<QueuedReminderPerson["person"]>,
  now: Date,
): ScheduledReminder[] {
  if (!person.takesChecks) return [];
  return INSTRUMENTS.flatMap(({ id: instrumentId }) => {
    const cadence = effectiveCadence(instrumentId, person.cadences);
    const dueAt = nextDueAt(
      person.lastCompletions.get(instrumentId) ?? null,
      cadence,
      person.timeZone,
      person.createdAt,
      now,
    );
    if (!dueAt) return [];
    return [{ instrumentId, dueAt, remindAt: preferredSendTime(dueAt, person) }];
  });
}

/**
 * Works out again the schedule of everyone queued (everyone, when the policy changed) and takes
 * them off the queue; returns how many people it worked out. Nothing queued: two reads.
 */
export async function refreshReminderSchedules(db: Db, now: Date): Promise<number> {
  if ((await getReminderSchedulePolicy(db)) !== REMINDER_POLICY) {
    await adoptReminderSchedulePolicy(db, REMINDER_POLICY);
  }
  const instrumentIds = INSTRUMENTS.map((i) => i.id);
  let worked = 0;
  let after: string | null = null;
  for (;;) {
    const people = await listQueuedReminderPeople(db, { after, limit: BATCH, instrumentIds });
    const last = people.at(-1);
    if (!last) break;
    await saveReminderSchedules(db, {
      worked: people.map((p) => ({ userId: p.userId, version: p.version })),
      schedules: people.flatMap((p) =>
        p.person ? reminderSchedule(p.person, now).map((s) => ({ userId: p.userId, ...s })) : [],
      ),
    });
    worked += people.length;
    if (people.length < BATCH) break;
    after = last.userId;
  }
  return worked;
}

export function reminderEmail(
  person: { name: string; email: string },
  checks: DueCheck[],
  webUrl: string,
) {
  const names = checks.map((c) =>
    isInstrumentId(c.instrumentId) ? getInstrument(c.instrumentId).shortName : c.instrumentId,
  );
  const list = names.map((n) => `- ${n}`).join("\n");
  const first = person.name.split(" ").find((p) => p !== "Dr") ?? "";
  return {
    to: person.email,
    subject:
      checks.length === 1 ? `Your ${names[0]} self-check is due` : "Your self-checks are due",
    text: `Hello ${first},\n\nWhen you have a few quiet minutes, these private self-checks are ready for you:\n${list}\n\nOnly you see your answers and results.\n${webUrl}/checks\n\nYou can change or pause reminders on that page.`,
  };
}

/** Checks in the order the list page shows them. */
const byInstrumentOrder = (a: DueCheck, b: DueCheck) =>
  INSTRUMENTS.findIndex((i) => i.id === a.instrumentId) -
  INSTRUMENTS.findIndex((i) => i.id === b.instrumentId);

/** Sends every reminder that is due at `now`; returns how many emails were sent. */
export async function sendDueReminders(db: Db, now: Date, webUrl: string): Promise<number> {
  await refreshReminderSchedules(db, now);
  let sent = 0;
  const deferred: (DueCheck & { userId: string; until: Date })[] = [];
  for (const person of await listDueReminders(db, now)) {
    if (isWithinQuietHours(now, person.quietHours, person.timeZone)) {
      // Due, but not now: it waits until their quiet hours end, unread by the scans till then.
      const until = nextAllowedSendTime(now, person.quietHours, person.timeZone);
      deferred.push(...person.checks.map((c) => ({ userId: person.userId, ...c, until })));
      continue;
    }
    const checks = [...person.checks].sort(byInstrumentOrder);
    // Record first, in the same transaction as the send: a failed send rolls the record back.
    const didSend = await db.transaction(async (tx) => {
      const fresh = await recordReminderDeliveries(tx, { userId: person.userId, checks });
      if (fresh.length === 0) return false;
      await sendMail(tx, reminderEmail(person, fresh, webUrl));
      return true;
    });
    if (didSend) sent++;
  }
  await deferReminders(db, deferred);
  return sent;
}
