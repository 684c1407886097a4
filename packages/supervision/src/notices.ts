/**
 * When an e-mail about a session may go: never in the recipient's quiet hours, except a change
 * or cancellation of a session on the recipient's today (they need to know before they set
 * off); a reminder that could only go once the session has begun is dropped, and so is any
 * notice about a session that is over.
 */
import type { QuietHours } from "@tend/scheduling";
import { formatLocal, isWithinQuietHours, nextAllowedSendTime } from "@tend/scheduling";

import type { NoticeKind } from "./vocabulary";

export interface NoticeTiming {
  kind: NoticeKind;
  sessionStart: Date;
  sessionEnd: Date;
  /** A change's earlier start. */
  previousStart?: Date | null;
}

export interface Recipient {
  timeZone: string;
  quietHours: QuietHours;
}

/** Send now, later (at `at`), or never. */
export type NoticeDecision =
  { send: "now" } | { send: "later"; at: Date } | { send: "never"; why: string };

const localDay = (instant: Date, timeZone: string) => formatLocal(instant, timeZone, "yyyy-MM-dd");

/** Whether a change or cancellation concerns the recipient's today (the new or the old time). */
export function isSameDayChange(notice: NoticeTiming, recipient: Recipient, now: Date): boolean {
  if (notice.kind !== "changed" && notice.kind !== "cancelled") return false;
  const today = localDay(now, recipient.timeZone);
  return [notice.sessionStart, notice.previousStart].some(
    (start) =>
      start instanceof Date &&
      start.getTime() >= now.getTime() - 86_400_000 &&
      localDay(start, recipient.timeZone) === today,
  );
}

export function decideNotice(
  notice: NoticeTiming,
  recipient: Recipient,
  now: Date,
): NoticeDecision {
  if (notice.sessionEnd.getTime() <= now.getTime() && notice.kind !== "cancelled")
    return { send: "never", why: "the session is over" };
  if (!isWithinQuietHours(now, recipient.quietHours, recipient.timeZone)) return { send: "now" };
  if (isSameDayChange(notice, recipient, now)) return { send: "now" };
  const at = nextAllowedSendTime(now, recipient.quietHours, recipient.timeZone);
  if (notice.kind === "reminder" && at.getTime() >= notice.sessionStart.getTime())
    return { send: "never", why: "quiet hours last until the session starts" };
  return { send: "later", at };
}
