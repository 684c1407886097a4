/**
 * Telling people about their sessions. Domain functions queue a notice per recipient in the
 * request that made the change; the worker sends them (`sendSupervisionNotices`), with the
 * session's calendar entry attached, outside each recipient's quiet hours.
 */
import type { Db, DbOrTx } from "@tend/db";
import type { NoticeKind, NotificationKind } from "@tend/db/schema";
import {
  insertNotices,
  listPendingNotices,
  markNoticesSent,
  queueDueReminders,
} from "@tend/db/queries";
import { createLogger } from "@tend/logger";
import { sendMail } from "@tend/mail";
import { formatLocal } from "@tend/scheduling";
import { sessionInvite } from "@tend/supervision";
import { decideNotice } from "@tend/supervision/notices";

import { notify } from "../notifications";
import { calendarEntry } from "./calendar";

const log = createLogger("supervision-notices");

/** How long before a session its reminder goes. */
export const REMINDER_BEFORE_MS = 24 * 3_600_000;

/** The in-app notice of each e-mail notice (a reminder is e-mail only). */
const IN_APP: Record<NoticeKind, NotificationKind | null> = {
  booked: "session_booked",
  changed: "session_changed",
  cancelled: "session_cancelled",
  promoted: "session_seat",
  reminder: null,
};

/**
 * Queues a session's e-mail to each recipient, and leaves each but the person who acted a notice
 * in their inbox (`startsAt`: the session's start after the change, when known).
 */
export async function queueSessionNotices(
  db: DbOrTx,
  params: {
    session: { id: string; organisationId: string };
    kind: NoticeKind;
    recipients: string[];
    reason?: string;
    previousStart?: Date;
    now?: Date;
    actorMembershipId?: string;
    startsAt?: Date;
  },
): Promise<void> {
  const inApp = IN_APP[params.kind];
  if (inApp)
    await notify(db, {
      organisationId: params.session.organisationId,
      recipients: params.recipients,
      actorMembershipId: params.actorMembershipId ?? null,
      kind: inApp,
      subjectId: params.session.id,
      text: `${SUBJECTS[params.kind]}${params.reason ? `: ${params.reason}` : "."}`,
      href: `/supervision/sessions/${params.session.id}`,
      eventAt: params.startsAt ?? null,
    });
  await insertNotices(
    db,
    [...new Set(params.recipients)].map((recipientMembershipId) => ({
      organisationId: params.session.organisationId,
      sessionId: params.session.id,
      recipientMembershipId,
      kind: params.kind,
      reason: params.reason ?? null,
      previousStart: params.previousStart ?? null,
    })),
  );
}

type PendingNotice = Awaited<ReturnType<typeof listPendingNotices>>[number];

const SUBJECTS: Record<NoticeKind, string> = {
  booked: "Supervision booked",
  changed: "Supervision moved",
  cancelled: "Supervision cancelled",
  promoted: "You have a seat: off the waitlist",
  reminder: "Reminder: supervision",
};

/** The e-mail of one notice, in the recipient's time zone, with the session's `.ics` attached. */
export function noticeMail(notice: PendingNotice, webUrl: string) {
  const { session, recipient } = notice;
  const isSupervisor = session.supervisorMembershipId === recipient.membershipId;
  const entry = calendarEntry(session, { isSupervisor, timeZone: recipient.timeZone });
  const when = `${formatLocal(session.startsAt, recipient.timeZone, "EEEE d MMMM yyyy, HH:mm")} (${recipient.timeZone})`;
  const url = `${webUrl}/supervision/sessions/${session.id}`;
  const lines: Record<NoticeKind, string> = {
    booked: `${entry.title} is booked for ${when}.`,
    changed: notice.previousStart
      ? `${entry.title} has moved from ${formatLocal(notice.previousStart, recipient.timeZone, "EEEE d MMMM, HH:mm")} to ${when}.`
      : `${entry.title} has changed: it is now ${when}.`,
    cancelled: `${entry.title} on ${when} is cancelled.${session.cancellationReason ? ` Reason given: ${session.cancellationReason}` : ""}`,
    promoted: `A seat came free: you are now seated in ${entry.title} on ${when}.`,
    reminder: `${entry.title} is coming up: ${when}.`,
  };
  const cancelled = entry.cancelled || notice.kind === "cancelled";
  return {
    to: recipient.email,
    subject: `${SUBJECTS[notice.kind]} · ${formatLocal(session.startsAt, recipient.timeZone, "EEE d MMM, HH:mm")}`,
    text: [
      `Hello ${recipient.name},`,
      "",
      lines[notice.kind],
      "",
      `Open the session (agenda, notes, attendance): ${url}`,
      "The calendar entry is attached.",
    ].join("\n"),
    attachments: [
      {
        filename: "supervision.ics",
        contentType: `text/calendar; charset=utf-8; method=${cancelled ? "CANCEL" : "REQUEST"}`,
        content: sessionInvite(
          { ...entry, cancelled, url },
          {
            method: cancelled ? "cancel" : "request",
            attendee: { name: recipient.name, email: recipient.email },
          },
        ),
      },
    ],
  };
}

/**
 * The worker's job: queues the reminders now due, then sends every waiting notice whose moment
 * has come (outside the recipient's quiet hours, or a same-day change), and drops those no longer
 * useful. Returns how many e-mails went.
 */
export async function sendSupervisionNotices(db: Db, now: Date, webUrl: string): Promise<number> {
  await queueDueReminders(db, now, REMINDER_BEFORE_MS);
  let sent = 0;
  const dropped: string[] = [];
  for (const notice of await listPendingNotices(db)) {
    // A deactivated member gets no more mail from the organisation.
    if (notice.recipient.deactivatedAt) {
      log.info({ notice: notice.id, why: "recipient deactivated" }, "supervision notice dropped");
      dropped.push(notice.id);
      continue;
    }
    const decision = decideNotice(
      {
        kind: notice.kind,
        sessionStart: notice.session.startsAt,
        sessionEnd: notice.session.endsAt,
        previousStart: notice.previousStart,
      },
      notice.recipient,
      now,
    );
    if (decision.send === "later") continue;
    if (decision.send === "never") {
      log.info({ notice: notice.id, why: decision.why }, "supervision notice dropped");
      dropped.push(notice.id);
      continue;
    }
    await sendMail(db, noticeMail(notice, webUrl));
    // Marked one by one: a failure later in the run does not send this one again.
    await markNoticesSent(db, [notice.id], now);
    sent += 1;
  }
  await markNoticesSent(db, dropped, now);
  return sent;
}
