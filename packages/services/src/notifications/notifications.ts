/**
 * The in-app inbox: notices other domain functions leave for a member (a result shared with
 * them, a session booked or changed, hours to sign or returned, a flagged post, a CE deadline),
 * read and marked read per item by their recipient only. E-mail stays for what needs it.
 *
 * Quiet hours: the bell holds its count while the reader is in their quiet hours, and the inbox
 * says so; nothing is lost, and everything is there when they look.
 */
import type { DbOrTx } from "@tend/db";
import type { NewNotification } from "@tend/db/queries";
import {
  countUnreadNotifications,
  insertNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "@tend/db/queries";
import {
  formatLocal,
  isWithinQuietHours,
  nextAllowedSendTime,
  startOfLocalDay,
} from "@tend/scheduling";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";

/** The inbox keeps this many of the newest notices on show. */
const INBOX_SIZE = 50;

/**
 * Leaves a notice for each recipient, never for the person who acted (they know what they did).
 * Called inside the acting function's transaction where it has one.
 */
export function notify(
  db: DbOrTx,
  notice: Omit<NewNotification, "recipientMembershipId"> & {
    recipients: readonly string[];
    actorMembershipId?: string | null;
  },
): Promise<void> {
  const { recipients, actorMembershipId, ...rest } = notice;
  return insertNotifications(
    db,
    [...new Set(recipients)]
      .filter((id) => id !== actorMembershipId)
      .map((recipientMembershipId) => ({ ...rest, recipientMembershipId })),
  );
}

/** The start of the reader's own day that an instant falls on. */
function dayOf(at: Date, timeZone: string): Date {
  return startOfLocalDay(formatLocal(at, timeZone, "yyyy-MM-dd"), timeZone) ?? at;
}

/** Whether the reader is in their quiet hours now, and when those end. */
function quietNow(actor: MemberActor, now: Date) {
  const { quietHours, timeZone } = actor.person;
  return isWithinQuietHours(now, quietHours, timeZone)
    ? { until: nextAllowedSendTime(now, quietHours, timeZone) }
    : null;
}

/** The bell: how many notices are unread, held at none while the reader is in quiet hours. */
export async function unreadNotifications(db: DbOrTx, actor: MemberActor, now: Date = new Date()) {
  const quiet = quietNow(actor, now);
  if (quiet) return { unread: 0, quietUntil: quiet.until };
  return {
    unread: await countUnreadNotifications(db, actor.membership.membershipId),
    quietUntil: null,
  };
}

/** The caller's inbox in the active organisation, newest first. */
export async function listInbox(db: DbOrTx, actor: MemberActor, now: Date = new Date()) {
  const [items, unread] = await Promise.all([
    listNotifications(db, { membershipId: actor.membership.membershipId, limit: INBOX_SIZE }),
    countUnreadNotifications(db, actor.membership.membershipId),
  ]);
  return {
    // A flag's time could point to who flagged: its notice keeps only the day it came.
    items: items.map((n) =>
      n.kind === "post_flagged"
        ? { ...n, createdAt: dayOf(n.createdAt, actor.person.timeZone) }
        : n,
    ),
    unread,
    quietUntil: quietNow(actor, now)?.until ?? null,
  };
}

/** Marks one of the caller's notices read, and says where it leads. */
export async function readNotification(
  db: DbOrTx,
  actor: MemberActor,
  id: string,
  now: Date = new Date(),
) {
  const row = await markNotificationRead(db, {
    membershipId: actor.membership.membershipId,
    id,
    at: now,
  });
  if (!row)
    throw new DomainError("NOT_FOUND", "That notification does not exist, or is not yours.");
  return row;
}

/** Marks every unread notice of the caller read. */
export async function readAllNotifications(db: DbOrTx, actor: MemberActor, now: Date = new Date()) {
  const marked = await markAllNotificationsRead(db, {
    membershipId: actor.membership.membershipId,
    at: now,
  });
  return { marked };
}
