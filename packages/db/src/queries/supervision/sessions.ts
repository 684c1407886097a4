import { aliasedTable, and, asc, eq, gt, gte, isNull, lt, ne, or, sql } from "drizzle-orm";

import type { DbOrTx } from "../../client";
import type { Attendance, SessionFormat } from "../../schema";
import {
  hourEntries,
  memberships,
  sessionParticipants,
  sessionTypes,
  supervisionSessions,
  users,
} from "../../schema";
import { isOverlap } from "./booking";

const supervisorMembership = aliasedTable(memberships, "supervisor_membership");
const supervisorUser = aliasedTable(users, "supervisor_user");

/** A session's own facts, with its supervisor's name and e-mail and its type's cancellation window. */
const sessionFields = {
  id: supervisionSessions.id,
  organisationId: supervisionSessions.organisationId,
  kind: supervisionSessions.kind,
  title: supervisionSessions.title,
  startsAt: supervisionSessions.startsAt,
  endsAt: supervisionSessions.endsAt,
  seatLimit: supervisionSessions.seatLimit,
  format: supervisionSessions.format,
  seriesId: supervisionSessions.seriesId,
  originalStart: supervisionSessions.originalStart,
  cancelledAt: supervisionSessions.cancelledAt,
  cancellationReason: supervisionSessions.cancellationReason,
  sequence: supervisionSessions.sequence,
  updatedAt: supervisionSessions.updatedAt,
  attendanceRecordedAt: supervisionSessions.attendanceRecordedAt,
  sessionTypeId: supervisionSessions.sessionTypeId,
  supervisorMembershipId: supervisionSessions.supervisorMembershipId,
  supervisorName: supervisorUser.name,
  supervisorEmail: supervisorUser.email,
  cancellationWindowMinutes: sql<number>`coalesce(${sessionTypes.cancellationWindowMinutes}, 1440)`,
};

function sessionsWithSupervisor(db: DbOrTx) {
  return db
    .select(sessionFields)
    .from(supervisionSessions)
    .innerJoin(
      supervisorMembership,
      eq(supervisorMembership.id, supervisionSessions.supervisorMembershipId),
    )
    .innerJoin(supervisorUser, eq(supervisorUser.id, supervisorMembership.userId))
    .leftJoin(sessionTypes, eq(sessionTypes.id, supervisionSessions.sessionTypeId));
}

/** One session of an organisation, with its supervisor; null when there is none. */
export async function getSession(
  db: DbOrTx,
  params: { organisationId: string; sessionId: string },
) {
  const [row] = await sessionsWithSupervisor(db).where(
    and(
      eq(supervisionSessions.id, params.sessionId),
      eq(supervisionSessions.organisationId, params.organisationId),
    ),
  );
  return row ?? null;
}

/** The people with a place in a session (seated first, then the waitlist in order), by name. */
export async function listSessionPeople(db: DbOrTx, sessionId: string) {
  return db
    .select({
      membershipId: sessionParticipants.membershipId,
      name: users.name,
      email: users.email,
      userId: users.id,
      status: sessionParticipants.status,
      attendance: sessionParticipants.attendance,
      joinedAt: sessionParticipants.joinedAt,
    })
    .from(sessionParticipants)
    .innerJoin(memberships, eq(memberships.id, sessionParticipants.membershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(sessionParticipants.sessionId, sessionId),
        ne(sessionParticipants.status, "cancelled"),
      ),
    )
    .orderBy(sql`${sessionParticipants.status} = 'waitlisted'`, asc(sessionParticipants.joinedAt));
}

/**
 * The sessions a member runs or has a place in (seated or waitlisted) that overlap [from, to),
 * cancelled ones included, in time order, with their own place and the number seated.
 */
export async function listMemberSessions(
  db: DbOrTx,
  params: { organisationId: string; membershipId: string; from: Date; to: Date },
) {
  const mine = aliasedTable(sessionParticipants, "mine");
  return db
    .select({ ...sessionFields, myStatus: mine.status, myAttendance: mine.attendance })
    .from(supervisionSessions)
    .innerJoin(
      supervisorMembership,
      eq(supervisorMembership.id, supervisionSessions.supervisorMembershipId),
    )
    .innerJoin(supervisorUser, eq(supervisorUser.id, supervisorMembership.userId))
    .leftJoin(sessionTypes, eq(sessionTypes.id, supervisionSessions.sessionTypeId))
    .leftJoin(
      mine,
      and(
        eq(mine.sessionId, supervisionSessions.id),
        eq(mine.membershipId, params.membershipId),
        // A place ended by the session's cancellation still shows the session (as cancelled).
        or(ne(mine.status, "cancelled"), eq(mine.cancelledAt, supervisionSessions.cancelledAt)),
      ),
    )
    .where(
      and(
        eq(supervisionSessions.organisationId, params.organisationId),
        or(
          eq(supervisionSessions.supervisorMembershipId, params.membershipId),
          sql`${mine.id} is not null`,
        ),
        lt(supervisionSessions.startsAt, params.to),
        gt(supervisionSessions.endsAt, params.from),
      ),
    )
    .orderBy(asc(supervisionSessions.startsAt));
}

/** Per session, how many are seated and waiting. */
export async function countPlaces(db: DbOrTx, sessionIds: string[]) {
  if (sessionIds.length === 0) return new Map<string, { seated: number; waiting: number }>();
  const rows = await db
    .select({
      sessionId: sessionParticipants.sessionId,
      seated: sql<number>`count(*) filter (where ${sessionParticipants.status} = 'seated')::int`,
      waiting: sql<number>`count(*) filter (where ${sessionParticipants.status} = 'waitlisted')::int`,
    })
    .from(sessionParticipants)
    .where(sql`${sessionParticipants.sessionId} = any(${sql.param(sessionIds)}::uuid[])`)
    .groupBy(sessionParticipants.sessionId);
  return new Map(rows.map((r) => [r.sessionId, { seated: r.seated, waiting: r.waiting }]));
}

/** The organisation's group case discussions that start in [from, to) and are not cancelled. */
export async function listOpenGroupSessions(
  db: DbOrTx,
  params: { organisationId: string; from: Date; to: Date },
) {
  return sessionsWithSupervisor(db)
    .where(
      and(
        eq(supervisionSessions.organisationId, params.organisationId),
        eq(supervisionSessions.kind, "group"),
        isNull(supervisionSessions.cancelledAt),
        gte(supervisionSessions.startsAt, params.from),
        lt(supervisionSessions.startsAt, params.to),
      ),
    )
    .orderBy(asc(supervisionSessions.startsAt));
}

/**
 * Cancels a session: the session and every place in it, with a reason, and a new calendar
 * sequence. Returns the places that were held (to tell those people), or null when the session
 * was not found or was already cancelled.
 */
export async function cancelSessionRow(
  db: DbOrTx,
  params: { organisationId: string; sessionId: string; reason: string },
) {
  const now = new Date();
  return db.transaction(async (tx) => {
    const [session] = await tx
      .update(supervisionSessions)
      .set({
        cancelledAt: now,
        cancellationReason: params.reason,
        sequence: sql`${supervisionSessions.sequence} + 1`,
        updatedAt: now,
      })
      .where(
        and(
          eq(supervisionSessions.id, params.sessionId),
          eq(supervisionSessions.organisationId, params.organisationId),
          isNull(supervisionSessions.cancelledAt),
        ),
      )
      .returning({ id: supervisionSessions.id });
    if (!session) return null;
    return tx
      .update(sessionParticipants)
      .set({ status: "cancelled", cancelledAt: now, cancellationReason: params.reason })
      .where(
        and(
          eq(sessionParticipants.sessionId, params.sessionId),
          ne(sessionParticipants.status, "cancelled"),
        ),
      )
      .returning({ membershipId: sessionParticipants.membershipId });
  });
}

/**
 * Moves a session to another time, with everyone's place in it, and raises its calendar
 * sequence. The exclusion constraints refuse a time the supervisor or a seated person already
 * has (`overlap`), and nothing changes.
 */
export async function moveSessionRow(
  db: DbOrTx,
  params: { organisationId: string; sessionId: string; startsAt: Date; endsAt: Date },
): Promise<"moved" | "no-session" | "overlap"> {
  try {
    return await db.transaction(async (tx) => {
      const [session] = await tx
        .update(supervisionSessions)
        .set({
          startsAt: params.startsAt,
          endsAt: params.endsAt,
          sequence: sql`${supervisionSessions.sequence} + 1`,
          updatedAt: new Date(),
          reminderSentAt: null,
        })
        .where(
          and(
            eq(supervisionSessions.id, params.sessionId),
            eq(supervisionSessions.organisationId, params.organisationId),
            isNull(supervisionSessions.cancelledAt),
          ),
        )
        .returning({ id: supervisionSessions.id });
      if (!session) return "no-session" as const;
      await tx
        .update(sessionParticipants)
        .set({ startsAt: params.startsAt, endsAt: params.endsAt })
        .where(eq(sessionParticipants.sessionId, params.sessionId));
      return "moved" as const;
    });
  } catch (error) {
    if (isOverlap(error)) return "overlap";
    throw error;
  }
}

/**
 * Records who attended a session that has started, and sets the session's attendance time.
 * Attended people get a pending hour entry for it (once; an existing one is kept); someone
 * marked absent loses an entry of theirs that is not yet signed.
 */
export async function recordAttendance(
  db: DbOrTx,
  params: {
    organisationId: string;
    sessionId: string;
    supervisorMembershipId: string;
    kind: "individual" | "group";
    date: string;
    minutes: number;
    format: SessionFormat;
    marks: { membershipId: string; attendance: Attendance }[];
  },
): Promise<{ entriesCreated: number }> {
  return db.transaction(async (tx) => {
    let entriesCreated = 0;
    for (const mark of params.marks) {
      const [place] = await tx
        .update(sessionParticipants)
        .set({ attendance: mark.attendance })
        .where(
          and(
            eq(sessionParticipants.sessionId, params.sessionId),
            eq(sessionParticipants.membershipId, mark.membershipId),
            eq(sessionParticipants.status, "seated"),
          ),
        )
        .returning({ id: sessionParticipants.id });
      if (!place) continue;
      if (mark.attendance === "attended") {
        const created = await tx
          .insert(hourEntries)
          .values({
            organisationId: params.organisationId,
            superviseeMembershipId: mark.membershipId,
            supervisorMembershipId: params.supervisorMembershipId,
            sessionId: params.sessionId,
            kind: params.kind,
            date: params.date,
            minutes: params.minutes,
            format: params.format,
          })
          .onConflictDoNothing({
            target: [hourEntries.sessionId, hourEntries.superviseeMembershipId],
            where: sql`${hourEntries.sessionId} is not null`,
          })
          .returning({ id: hourEntries.id });
        entriesCreated += created.length;
      } else {
        await tx
          .delete(hourEntries)
          .where(
            and(
              eq(hourEntries.sessionId, params.sessionId),
              eq(hourEntries.superviseeMembershipId, mark.membershipId),
              ne(hourEntries.status, "approved"),
            ),
          );
      }
    }
    await tx
      .update(supervisionSessions)
      .set({ attendanceRecordedAt: new Date() })
      .where(eq(supervisionSessions.id, params.sessionId));
    return { entriesCreated };
  });
}

/** A supervisor's sessions in [from, to) that are not cancelled, one row per seated person. */
export async function listSupervisorSeats(
  db: DbOrTx,
  params: { organisationId: string; supervisorMembershipId: string; from: Date; to: Date },
) {
  return db
    .select({
      sessionId: supervisionSessions.id,
      kind: supervisionSessions.kind,
      title: supervisionSessions.title,
      startsAt: supervisionSessions.startsAt,
      membershipId: sessionParticipants.membershipId,
    })
    .from(supervisionSessions)
    .innerJoin(
      sessionParticipants,
      and(
        eq(sessionParticipants.sessionId, supervisionSessions.id),
        eq(sessionParticipants.status, "seated"),
      ),
    )
    .where(
      and(
        eq(supervisionSessions.organisationId, params.organisationId),
        eq(supervisionSessions.supervisorMembershipId, params.supervisorMembershipId),
        isNull(supervisionSessions.cancelledAt),
        gte(supervisionSessions.startsAt, params.from),
        lt(supervisionSessions.startsAt, params.to),
      ),
    )
    .orderBy(asc(supervisionSessions.startsAt));
}
