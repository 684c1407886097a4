import { and, asc, eq, getTableColumns, gt, isNull, lt, ne, sql } from "drizzle-orm";

import type { DbOrTx } from "../../client";
import type { ParticipantStatus, SessionFormat } from "../../schema";
import {
  availabilitySchedules,
  sessionParticipants,
  sessionTypes,
  supervisionSessions,
} from "../../schema";

/** Whether an error is PostgreSQL's exclusion violation (an overlapping session or seat). */
export function isOverlap(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return (cause?.code ?? (error as { code?: unknown } | null)?.code) === "23P01";
}

export type BookingOutcome<T> = { ok: true; value: T } | { ok: false; reason: "overlap" };

/**
 * Books individual supervision: the session and its one seat, in one transaction. When the
 * supervisor or the person already has something at that time the database refuses it
 * (exclusion constraints), and nothing is written.
 */
export async function insertIndividualSession(
  db: DbOrTx,
  params: {
    organisationId: string;
    supervisorMembershipId: string;
    participantMembershipId: string;
    sessionTypeId?: string;
    startsAt: Date;
    endsAt: Date;
  },
): Promise<BookingOutcome<{ sessionId: string }>> {
  try {
    const sessionId = await db.transaction(async (tx) => {
      const [session] = await tx
        .insert(supervisionSessions)
        .values({
          organisationId: params.organisationId,
          supervisorMembershipId: params.supervisorMembershipId,
          sessionTypeId: params.sessionTypeId,
          kind: "individual",
          startsAt: params.startsAt,
          endsAt: params.endsAt,
        })
        .returning({ id: supervisionSessions.id });
      if (!session) throw new Error("The session was not created");
      await tx.insert(sessionParticipants).values({
        sessionId: session.id,
        organisationId: params.organisationId,
        membershipId: params.participantMembershipId,
        status: "seated",
        startsAt: params.startsAt,
        endsAt: params.endsAt,
        seatedAt: sql`clock_timestamp()`,
      });
      return session.id;
    });
    return { ok: true, value: { sessionId } };
  } catch (error) {
    if (isOverlap(error)) return { ok: false, reason: "overlap" };
    throw error;
  }
}

/** Creates a group session with its seat limit (the supervisor's time is checked by the database). */
export async function insertGroupSession(
  db: DbOrTx,
  params: {
    organisationId: string;
    supervisorMembershipId: string;
    title: string;
    startsAt: Date;
    endsAt: Date;
    seatLimit: number;
    format?: SessionFormat;
  },
): Promise<BookingOutcome<{ sessionId: string }>> {
  try {
    const [session] = await db
      .insert(supervisionSessions)
      .values({ ...params, kind: "group" })
      .returning({ id: supervisionSessions.id });
    if (!session) throw new Error("The session was not created");
    return { ok: true, value: { sessionId: session.id } };
  } catch (error) {
    if (isOverlap(error)) return { ok: false, reason: "overlap" };
    throw error;
  }
}

export type SeatOutcome =
  | { status: "seated" }
  | { status: "waitlisted"; position: number }
  | { status: "no-session" }
  | { status: "already"; current: ParticipantStatus }
  | { status: "overlap" };

/**
 * Takes a seat in a group session, or a place on its waitlist when every seat is taken. The
 * session row is locked for the count and the insert, so concurrent takers are served one at
 * a time in the order they reach the lock: never more seated than seats, and the waitlist in
 * arrival order (`joinedAt` is stamped under the lock).
 */
export async function takeSeat(
  db: DbOrTx,
  params: { organisationId: string; sessionId: string; membershipId: string },
): Promise<SeatOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const [session] = await tx
        .select({
          seatLimit: supervisionSessions.seatLimit,
          startsAt: supervisionSessions.startsAt,
          endsAt: supervisionSessions.endsAt,
        })
        .from(supervisionSessions)
        .where(
          and(
            eq(supervisionSessions.id, params.sessionId),
            eq(supervisionSessions.organisationId, params.organisationId),
            eq(supervisionSessions.kind, "group"),
            isNull(supervisionSessions.cancelledAt),
          ),
        )
        .for("update");
      if (!session) return { status: "no-session" } as const;
      const places = await tx
        .select({
          membershipId: sessionParticipants.membershipId,
          status: sessionParticipants.status,
        })
        .from(sessionParticipants)
        .where(
          and(
            eq(sessionParticipants.sessionId, params.sessionId),
            sql`${sessionParticipants.status} <> 'cancelled'`,
          ),
        );
      const mine = places.find((p) => p.membershipId === params.membershipId);
      if (mine) return { status: "already", current: mine.status } as const;
      const seated = places.filter((p) => p.status === "seated").length;
      const status: ParticipantStatus = seated < session.seatLimit ? "seated" : "waitlisted";
      await tx.insert(sessionParticipants).values({
        sessionId: params.sessionId,
        organisationId: params.organisationId,
        membershipId: params.membershipId,
        status,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        seatedAt: status === "seated" ? sql`clock_timestamp()` : null,
      });
      return status === "seated"
        ? ({ status: "seated" } as const)
        : ({ status: "waitlisted", position: places.length - seated + 1 } as const);
    });
  } catch (error) {
    if (isOverlap(error)) return { status: "overlap" };
    throw error;
  }
}

/**
 * Gives up a seat or a waitlist place. A freed seat goes to the first person on the waitlist
 * who has nothing else at that time (in `joinedAt` order, under the session's lock); returns
 * who was promoted, so that they can be told.
 */
export async function leaveSession(
  db: DbOrTx,
  params: { organisationId: string; sessionId: string; membershipId: string; reason: string },
): Promise<{ left: boolean; promotedMembershipId: string | null }> {
  return db.transaction(async (tx) => {
    const [session] = await tx
      .select({ seatLimit: supervisionSessions.seatLimit })
      .from(supervisionSessions)
      .where(
        and(
          eq(supervisionSessions.id, params.sessionId),
          eq(supervisionSessions.organisationId, params.organisationId),
        ),
      )
      .for("update");
    if (!session) return { left: false, promotedMembershipId: null };
    const [left] = await tx
      .update(sessionParticipants)
      .set({ status: "cancelled", cancelledAt: new Date(), cancellationReason: params.reason })
      .where(
        and(
          eq(sessionParticipants.sessionId, params.sessionId),
          eq(sessionParticipants.membershipId, params.membershipId),
          sql`${sessionParticipants.status} <> 'cancelled'`,
        ),
      )
      .returning({ id: sessionParticipants.id });
    if (!left) return { left: false, promotedMembershipId: null };
    const [seatedNow] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(sessionParticipants)
      .where(
        and(
          eq(sessionParticipants.sessionId, params.sessionId),
          eq(sessionParticipants.status, "seated"),
        ),
      );
    // Only a freed seat is given away (someone leaving the waitlist frees none).
    if ((seatedNow?.n ?? 0) >= session.seatLimit) return { left: true, promotedMembershipId: null };
    const waiting = await tx
      .select({ id: sessionParticipants.id, membershipId: sessionParticipants.membershipId })
      .from(sessionParticipants)
      .where(
        and(
          eq(sessionParticipants.sessionId, params.sessionId),
          eq(sessionParticipants.status, "waitlisted"),
        ),
      )
      .orderBy(asc(sessionParticipants.joinedAt));
    for (const candidate of waiting) {
      try {
        // A savepoint: someone who has since booked something at that time is passed over.
        await tx.transaction(async (sp) => {
          await sp
            .update(sessionParticipants)
            .set({ status: "seated", seatedAt: sql`clock_timestamp()` })
            .where(eq(sessionParticipants.id, candidate.id));
        });
        return { left: true, promotedMembershipId: candidate.membershipId };
      } catch (error) {
        if (!isOverlap(error)) throw error;
      }
    }
    return { left: true, promotedMembershipId: null };
  });
}

/** A session's places: seated first, then the waitlist, each in joining order. */
export async function listSessionPlaces(db: DbOrTx, sessionId: string) {
  return db
    .select({
      membershipId: sessionParticipants.membershipId,
      status: sessionParticipants.status,
      joinedAt: sessionParticipants.joinedAt,
    })
    .from(sessionParticipants)
    .where(
      and(
        eq(sessionParticipants.sessionId, sessionId),
        sql`${sessionParticipants.status} <> 'cancelled'`,
      ),
    )
    .orderBy(sql`${sessionParticipants.status} = 'waitlisted'`, asc(sessionParticipants.joinedAt));
}

/** A bookable session type with its supervisor's schedule, in one organisation. */
export async function getSessionTypeWithSchedule(
  db: DbOrTx,
  params: { organisationId: string; sessionTypeId: string },
) {
  const [row] = await db
    .select({
      type: getTableColumns(sessionTypes),
      schedule: {
        timeZone: availabilitySchedules.timeZone,
        weekly: availabilitySchedules.weekly,
        overrides: availabilitySchedules.overrides,
      },
    })
    .from(sessionTypes)
    .innerJoin(availabilitySchedules, eq(availabilitySchedules.id, sessionTypes.scheduleId))
    .where(
      and(
        eq(sessionTypes.id, params.sessionTypeId),
        eq(sessionTypes.organisationId, params.organisationId),
        eq(sessionTypes.active, true),
      ),
    );
  return row ?? null;
}

/** A supervisor's active sessions that overlap [from, to). */
export async function listSupervisorSessionTimes(
  db: DbOrTx,
  params: { supervisorMembershipId: string; from: Date; to: Date; ignoreSessionId?: string },
) {
  return db
    .select({ start: supervisionSessions.startsAt, end: supervisionSessions.endsAt })
    .from(supervisionSessions)
    .where(
      and(
        eq(supervisionSessions.supervisorMembershipId, params.supervisorMembershipId),
        params.ignoreSessionId ? ne(supervisionSessions.id, params.ignoreSessionId) : undefined,
        isNull(supervisionSessions.cancelledAt),
        lt(supervisionSessions.startsAt, params.to),
        gt(supervisionSessions.endsAt, params.from),
      ),
    )
    .orderBy(asc(supervisionSessions.startsAt));
}

/** The times a person is seated in a session that overlap [from, to). */
export async function listSeatTimes(
  db: DbOrTx,
  params: { membershipId: string; from: Date; to: Date; ignoreSessionId?: string },
) {
  return db
    .select({ start: sessionParticipants.startsAt, end: sessionParticipants.endsAt })
    .from(sessionParticipants)
    .where(
      and(
        eq(sessionParticipants.membershipId, params.membershipId),
        params.ignoreSessionId
          ? ne(sessionParticipants.sessionId, params.ignoreSessionId)
          : undefined,
        eq(sessionParticipants.status, "seated"),
        lt(sessionParticipants.startsAt, params.to),
        gt(sessionParticipants.endsAt, params.from),
      ),
    )
    .orderBy(asc(sessionParticipants.startsAt));
}
