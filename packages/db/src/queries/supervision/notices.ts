import { aliasedTable, asc, eq, inArray, isNull, sql } from "drizzle-orm";

import type { DbOrTx } from "../../client";
import type { NoticeKind } from "../../schema";
import {
  memberships,
  sessionParticipants,
  supervisionNotices,
  supervisionSessions,
  users,
} from "../../schema";

/** Queues e-mails about a session for the worker to send. */
export async function insertNotices(
  db: DbOrTx,
  rows: {
    organisationId: string;
    sessionId: string;
    recipientMembershipId: string;
    kind: NoticeKind;
    reason?: string | null;
    previousStart?: Date | null;
  }[],
): Promise<void> {
  if (rows.length) await db.insert(supervisionNotices).values(rows);
}

/**
 * Queues the reminders of sessions that start within `withinMs` of `now` and have had none, for
 * their supervisor and everyone seated, and notes on each session that its reminder is queued
 * (one statement, so two scans cannot both queue them).
 */
export async function queueDueReminders(db: DbOrTx, now: Date, withinMs: number): Promise<number> {
  // Raw SQL takes instants as text (postgres.js does not serialise a Date it has no type for).
  const at = now.toISOString();
  const until = new Date(now.getTime() + withinMs).toISOString();
  const rows = await db.execute<{ id: string }>(sql`
    with due as (
      update ${supervisionSessions}
      set reminder_sent_at = ${at}::timestamptz
      where ${supervisionSessions.cancelledAt} is null
        and ${supervisionSessions.reminderSentAt} is null
        and ${supervisionSessions.startsAt} > ${at}::timestamptz
        and ${supervisionSessions.startsAt} <= ${until}::timestamptz
      returning id, organisation_id, supervisor_membership_id
    ), recipients as (
      select due.id as session_id, due.organisation_id, due.supervisor_membership_id as membership_id from due
      union
      select due.id, due.organisation_id, p.membership_id
      from due join ${sessionParticipants} p on p.session_id = due.id and p.status = 'seated'
    )
    insert into ${supervisionNotices} (organisation_id, session_id, recipient_membership_id, kind)
    select organisation_id, session_id, membership_id, 'reminder' from recipients
    returning id
  `);
  return rows.length;
}

const recipientMembership = aliasedTable(memberships, "notice_recipient_membership");
const recipientUser = aliasedTable(users, "notice_recipient_user");
const supervisorMembership = aliasedTable(memberships, "notice_supervisor_membership");
const supervisorUser = aliasedTable(users, "notice_supervisor_user");

/** Notices not yet sent, oldest first, with their recipient and session. */
export async function listPendingNotices(db: DbOrTx, limit = 200) {
  return db
    .select({
      id: supervisionNotices.id,
      kind: supervisionNotices.kind,
      reason: supervisionNotices.reason,
      previousStart: supervisionNotices.previousStart,
      recipient: {
        membershipId: recipientMembership.id,
        name: recipientUser.name,
        email: recipientUser.email,
        timeZone: recipientUser.timeZone,
        quietHours: recipientUser.quietHours,
        deactivatedAt: recipientMembership.deactivatedAt,
      },
      session: {
        id: supervisionSessions.id,
        kind: supervisionSessions.kind,
        title: supervisionSessions.title,
        startsAt: supervisionSessions.startsAt,
        endsAt: supervisionSessions.endsAt,
        sequence: supervisionSessions.sequence,
        cancelledAt: supervisionSessions.cancelledAt,
        cancellationReason: supervisionSessions.cancellationReason,
        updatedAt: supervisionSessions.updatedAt,
        supervisorMembershipId: supervisionSessions.supervisorMembershipId,
        supervisorName: supervisorUser.name,
        supervisorEmail: supervisorUser.email,
      },
    })
    .from(supervisionNotices)
    .innerJoin(supervisionSessions, eq(supervisionSessions.id, supervisionNotices.sessionId))
    .innerJoin(
      recipientMembership,
      eq(recipientMembership.id, supervisionNotices.recipientMembershipId),
    )
    .innerJoin(recipientUser, eq(recipientUser.id, recipientMembership.userId))
    .innerJoin(
      supervisorMembership,
      eq(supervisorMembership.id, supervisionSessions.supervisorMembershipId),
    )
    .innerJoin(supervisorUser, eq(supervisorUser.id, supervisorMembership.userId))
    .where(isNull(supervisionNotices.sentAt))
    .orderBy(asc(supervisionNotices.createdAt))
    .limit(limit);
}

/** Marks notices as dealt with (sent, or dropped as no longer useful). */
export async function markNoticesSent(db: DbOrTx, ids: string[], at: Date): Promise<void> {
  if (ids.length)
    await db
      .update(supervisionNotices)
      .set({ sentAt: at })
      .where(inArray(supervisionNotices.id, ids));
}
