/**
 * E-mails to members about a group: a facilitator's review of their post, a mute, and a
 * meeting's reminder, change or cancellation. Domain functions queue a notice in the request
 * that decided it (the worker queues reminders); the worker sends them (`sendGroupNotices`)
 * outside the recipient's quiet hours — a same-day change of a meeting excepted, and a
 * reminder that could only go once the meeting has begun dropped. The e-mail names the group,
 * never the words of a post or who flagged it.
 */
import type { Db } from "@tend/db";
import type { GroupNoticeKind } from "@tend/groups";
import type { NoticeDecision } from "@tend/supervision/notices";
import { listPendingGroupNotices, markGroupNoticesSent } from "@tend/db/queries";
import { createLogger } from "@tend/logger";
import { sendMail } from "@tend/mail";
import { formatLocal, isWithinQuietHours, nextAllowedSendTime } from "@tend/scheduling";
import { decideNotice } from "@tend/supervision/notices";

import { queueMeetingReminders } from "./meetings";

const log = createLogger("group-notices");

type PendingGroupNotice = Awaited<ReturnType<typeof listPendingGroupNotices>>[number];

const SUBJECTS: Record<GroupNoticeKind, string> = {
  "post-restored": "Your post is visible again",
  "post-removed": "A facilitator removed your post",
  muted: "Your posting is paused for a while",
  "meeting-reminder": "Reminder: group meeting",
  "meeting-changed": "Group meeting moved",
  "meeting-cancelled": "Group meeting cancelled",
};

const MEETING_KINDS = {
  "meeting-reminder": "reminder",
  "meeting-changed": "changed",
  "meeting-cancelled": "cancelled",
} as const;
const isMeetingKind = (kind: GroupNoticeKind): kind is keyof typeof MEETING_KINDS =>
  kind in MEETING_KINDS;

/** The e-mail of one notice, in the recipient's time zone. */
export function groupNoticeMail(notice: PendingGroupNotice, webUrl: string) {
  const { group, recipient, meeting } = notice;
  const url = `${webUrl}/groups/${group.id}`;
  const at = (instant: Date | null) =>
    instant
      ? `${formatLocal(instant, recipient.timeZone, "EEEE d MMMM, HH:mm")} (${recipient.timeZone})`
      : "";
  const title = meeting?.title ?? "The meeting";
  const where = [
    meeting?.place ? `Where: ${meeting.place}` : "",
    meeting?.link ? `Video: ${meeting.link}` : "",
  ].filter(Boolean);
  const lines: Record<GroupNoticeKind, string> = {
    "post-restored": `Members flagged one of your posts in ${group.name}. A facilitator reviewed it and restored it: every member can read it again.`,
    "post-removed": `Members flagged one of your posts in ${group.name}. A facilitator reviewed it and removed it from the discussion. If you would like to talk about it, the group's facilitators are there for that.`,
    muted: `A facilitator of ${group.name} has paused your posting${notice.until ? ` until ${at(notice.until)}` : ""}. You can still read the discussion and come to meetings.`,
    "meeting-reminder": `${title} of ${group.name} is coming up: ${at(notice.startsAt)}.`,
    "meeting-changed": `${title} of ${group.name} has moved from ${at(notice.previousStart)} to ${at(notice.startsAt)}.`,
    "meeting-cancelled": `${title} of ${group.name} on ${at(notice.startsAt)} is cancelled.`,
  };
  return {
    to: recipient.email,
    subject: `${SUBJECTS[notice.kind]} · ${group.name}`,
    text: [
      `Hello ${recipient.name},`,
      "",
      lines[notice.kind],
      ...(notice.kind === "meeting-cancelled" ? [] : where),
      "",
      `Open the group: ${url}`,
    ].join("\n"),
  };
}

/**
 * When a notice may go: a meeting's follow the supervision rule (a same-day change at once, a
 * reminder that could only arrive once it began never); the rest wait out quiet hours.
 */
export function decideGroupNotice(
  notice: Pick<PendingGroupNotice, "kind" | "startsAt" | "previousStart" | "meeting" | "recipient">,
  now: Date,
): NoticeDecision {
  const { recipient, meeting } = notice;
  if (isMeetingKind(notice.kind) && meeting && notice.startsAt) {
    return decideNotice(
      {
        kind: MEETING_KINDS[notice.kind],
        sessionStart: notice.startsAt,
        sessionEnd: new Date(notice.startsAt.getTime() + meeting.durationMinutes * 60_000),
        previousStart: notice.previousStart,
      },
      recipient,
      now,
    );
  }
  return isWithinQuietHours(now, recipient.quietHours, recipient.timeZone)
    ? { send: "later", at: nextAllowedSendTime(now, recipient.quietHours, recipient.timeZone) }
    : { send: "now" };
}

/**
 * The worker's job: queues the meeting reminders now due, then sends every waiting notice
 * whose moment has come, and drops those no longer useful or to deactivated members. Returns
 * how many e-mails went.
 */
export async function sendGroupNotices(db: Db, now: Date, webUrl: string): Promise<number> {
  await queueMeetingReminders(db, now);
  let sent = 0;
  const dropped: string[] = [];
  for (const notice of await listPendingGroupNotices(db)) {
    if (notice.recipient.deactivatedAt) {
      log.info({ notice: notice.id, why: "recipient deactivated" }, "group notice dropped");
      dropped.push(notice.id);
      continue;
    }
    // News of a meeting goes only to members still in the group, of a meeting still on.
    const stale = isMeetingKind(notice.kind)
      ? notice.standing !== "active" ||
        notice.group.archivedAt !== null ||
        (notice.kind !== "meeting-cancelled" && notice.meeting?.cancelledAt != null)
      : false;
    if (stale) {
      log.info({ notice: notice.id, why: "no longer applies" }, "group notice dropped");
      dropped.push(notice.id);
      continue;
    }
    const decision = decideGroupNotice(notice, now);
    if (decision.send === "later") continue;
    if (decision.send === "never") {
      log.info({ notice: notice.id, why: decision.why }, "group notice dropped");
      dropped.push(notice.id);
      continue;
    }
    await sendMail(db, groupNoticeMail(notice, webUrl));
    // Marked one by one: a failure later in the run does not send this one again.
    await markGroupNoticesSent(db, [notice.id], now);
    sent += 1;
  }
  await markGroupNoticesSent(db, dropped, now);
  return sent;
}
