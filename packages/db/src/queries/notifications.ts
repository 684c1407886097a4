/** The in-app inbox: every query is scoped to the recipient's membership in its where-clause. */
import { and, count, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { NotificationKind } from "../schema";
import { notifications, resultShares } from "../schema";
import { shareStands } from "./self-check/shares";

export interface NewNotification {
  organisationId: string;
  recipientMembershipId: string;
  kind: NotificationKind;
  subjectId: string | null;
  text: string;
  href: string;
  eventAt: Date | null;
}

/**
 * A notice of a shared result shows only while that share stands: stopped, or ended with the
 * supervision or the owner's membership, it says nothing more to the supervisor.
 */
const stillShown = or(
  ne(notifications.kind, "result_shared"),
  sql`exists (select 1 from ${resultShares} where ${resultShares.id} = ${notifications.subjectId} and ${shareStands})`,
);

export async function insertNotifications(db: DbOrTx, rows: NewNotification[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(notifications).values(rows);
}

/** A member's newest notifications, read or not. */
export function listNotifications(db: DbOrTx, params: { membershipId: string; limit: number }) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      text: notifications.text,
      href: notifications.href,
      eventAt: notifications.eventAt,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(and(eq(notifications.recipientMembershipId, params.membershipId), stillShown))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(params.limit);
}

/** How many of a member's notifications are unread (the partial index's count). */
export async function countUnreadNotifications(db: DbOrTx, membershipId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientMembershipId, membershipId),
        isNull(notifications.readAt),
        stillShown,
      ),
    );
  return row?.unread ?? 0;
}

/** Marks one of a member's notifications read; null when it is not theirs (or gone). */
export async function markNotificationRead(
  db: DbOrTx,
  params: { membershipId: string; id: string; at: Date },
) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: params.at })
    .where(
      and(
        eq(notifications.id, params.id),
        eq(notifications.recipientMembershipId, params.membershipId),
      ),
    )
    .returning({ id: notifications.id, href: notifications.href });
  return row ?? null;
}

/** Marks every unread notification of a member read; returns how many were. */
export async function markAllNotificationsRead(
  db: DbOrTx,
  params: { membershipId: string; at: Date },
): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: params.at })
    .where(
      and(
        eq(notifications.recipientMembershipId, params.membershipId),
        isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/** Withdraws the notifications about a subject that no longer stands (a share stopped). */
export async function deleteNotificationsAbout(
  db: DbOrTx,
  params: { kinds: NotificationKind[]; subjectId: string },
): Promise<void> {
  await db
    .delete(notifications)
    .where(
      and(eq(notifications.subjectId, params.subjectId), inArray(notifications.kind, params.kinds)),
    );
}
