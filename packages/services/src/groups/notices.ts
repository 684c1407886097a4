/**
 * Telling members what happened to their place in a group's discussion: a facilitator's review
 * of their post, or a mute. Domain functions queue a notice in the request that decided it; the
 * worker sends it (`sendGroupNotices`) outside the recipient's quiet hours. The e-mail names
 * the group, never the words of the post or who flagged it.
 */
import type { Db } from "@tend/db";
import type { GroupNoticeKind } from "@tend/groups";
import { listPendingGroupNotices, markGroupNoticesSent } from "@tend/db/queries";
import { createLogger } from "@tend/logger";
import { sendMail } from "@tend/mail";
import { formatLocal, isWithinQuietHours } from "@tend/scheduling";

const log = createLogger("group-notices");

type PendingGroupNotice = Awaited<ReturnType<typeof listPendingGroupNotices>>[number];

const SUBJECTS: Record<GroupNoticeKind, string> = {
  "post-restored": "Your post is visible again",
  "post-removed": "A facilitator removed your post",
  muted: "Your posting is paused for a while",
};

/** The e-mail of one notice, in the recipient's time zone. */
export function groupNoticeMail(notice: PendingGroupNotice, webUrl: string) {
  const { group, recipient } = notice;
  const url = `${webUrl}/groups/${group.id}`;
  const lines: Record<GroupNoticeKind, string> = {
    "post-restored": `Members flagged one of your posts in ${group.name}. A facilitator reviewed it and restored it: every member can read it again.`,
    "post-removed": `Members flagged one of your posts in ${group.name}. A facilitator reviewed it and removed it from the discussion. If you would like to talk about it, the group's facilitators are there for that.`,
    muted: `A facilitator of ${group.name} has paused your posting${notice.until ? ` until ${formatLocal(notice.until, recipient.timeZone, "EEEE d MMMM, HH:mm")} (${recipient.timeZone})` : ""}. You can still read the discussion and come to meetings.`,
  };
  return {
    to: recipient.email,
    subject: `${SUBJECTS[notice.kind]} · ${group.name}`,
    text: [`Hello ${recipient.name},`, "", lines[notice.kind], "", `Open the group: ${url}`].join(
      "\n",
    ),
  };
}

/**
 * The worker's job: sends every waiting notice whose recipient is outside their quiet hours,
 * and drops those to deactivated members. Returns how many e-mails went.
 */
export async function sendGroupNotices(db: Db, now: Date, webUrl: string): Promise<number> {
  let sent = 0;
  const dropped: string[] = [];
  for (const notice of await listPendingGroupNotices(db)) {
    if (notice.recipient.deactivatedAt) {
      log.info({ notice: notice.id, why: "recipient deactivated" }, "group notice dropped");
      dropped.push(notice.id);
      continue;
    }
    if (isWithinQuietHours(now, notice.recipient.quietHours, notice.recipient.timeZone)) continue;
    await sendMail(db, groupNoticeMail(notice, webUrl));
    // Marked one by one: a failure later in the run does not send this one again.
    await markGroupNoticesSent(db, [notice.id], now);
    sent += 1;
  }
  await markGroupNoticesSent(db, dropped, now);
  return sent;
}
