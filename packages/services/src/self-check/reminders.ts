/**
 * Self-check reminders. A scan (scheduled through pg-boss, so one instance runs it at a time)
 * finds people with checks due and sends one email per person listing them, never inside
 * their quiet hours and at a friendly time in their own zone. A delivery row per person,
 * instrument and due date makes every send happen once, whatever instance runs the scan.
 */
import type { Db } from "@tend/db";
import type { ReminderCandidate } from "@tend/db/queries";
import { listReminderCandidates, recordReminderDelivery } from "@tend/db/queries";
import { getInstrument, INSTRUMENTS, isInstrumentId } from "@tend/instruments";
import { sendMail } from "@tend/mail";
import { isWithinQuietHours, nextDueAt, preferredSendTime } from "@tend/scheduling";

import { effectiveCadence } from "./cadence";

export interface DueCheck {
  instrumentId: string;
  dueAt: Date;
}

/** The checks due for one person at `now` that may be sent now, before de-duplication. */
export function dueChecks(person: ReminderCandidate, now: Date): DueCheck[] {
  if (isWithinQuietHours(now, person.quietHours, person.timeZone)) return [];
  const due: DueCheck[] = [];
  for (const { id: instrumentId } of INSTRUMENTS) {
    const cadence = effectiveCadence(instrumentId, person.cadences);
    const dueAt = nextDueAt(
      person.lastCompletions.get(instrumentId) ?? null,
      cadence,
      person.timeZone,
      person.createdAt,
      now,
    );
    if (!dueAt || dueAt > now) continue;
    if (preferredSendTime(dueAt, person) > now) continue;
    due.push({ instrumentId, dueAt });
  }
  return due;
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

/** Sends every reminder that is due at `now`; returns how many emails were sent. */
export async function sendDueReminders(db: Db, now: Date, webUrl: string): Promise<number> {
  const people = await listReminderCandidates(db);
  let sent = 0;
  for (const person of people) {
    const due = dueChecks(person, now);
    if (due.length === 0) continue;
    // Record first, in the same transaction as the send: a failed send rolls the record back.
    const didSend = await db.transaction(async (tx) => {
      const fresh: DueCheck[] = [];
      for (const check of due) {
        if (await recordReminderDelivery(tx, { userId: person.userId, ...check }))
          fresh.push(check);
      }
      if (fresh.length === 0) return false;
      await sendMail(tx, reminderEmail(person, fresh, webUrl));
      return true;
    });
    if (didSend) sent++;
  }
  return sent;
}
