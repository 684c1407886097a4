/**
 * Sessions as their people see them: "my sessions", one session's page (its people, agenda and
 * the notes the viewer may read), and cancelling or moving a session under the supervisor's
 * cancellation window.
 */
import type { Db } from "@tend/db";
import {
  cancelSessionRow,
  countAwaitingSignature,
  countPlaces,
  listAgendaItems,
  listMemberSessions,
  listOfferedSessionTypes,
  listOpenGroupSessions,
  listSessionNotes,
  listSupervisees,
  listSupervisors,
  listSupervisorSeats,
  moveSessionRow,
} from "@tend/db/queries";

import type { MemberActor } from "../actor";
import type { SessionRole } from "./access";
import { hasRole } from "../actor";
import { DomainError } from "../errors";
import { sessionForActor } from "./access";
import { leaveSupervisionSession, listBookableSlots, TIME_TAKEN } from "./booking";
import { queueSessionNotices } from "./notices";

const DAY_MS = 86_400_000;

/** The sessions the actor runs or has a place in, in [from, to) (at most 120 days). */
export async function listMySessions(db: Db, actor: MemberActor, range: { from: Date; to: Date }) {
  if (range.to.getTime() - range.from.getTime() > 120 * DAY_MS)
    throw new DomainError("INVALID", "Ask for at most 120 days of sessions at once.");
  const rows = await listMemberSessions(db, {
    organisationId: actor.membership.organisationId,
    membershipId: actor.membership.membershipId,
    ...range,
  });
  const places = await countPlaces(
    db,
    rows.map((r) => r.id),
  );
  const roleOf = (r: (typeof rows)[number]): SessionRole =>
    r.supervisorMembershipId === actor.membership.membershipId
      ? "supervisor"
      : r.myStatus === "waitlisted"
        ? "waitlisted"
        : "seated";
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    format: r.format,
    seatLimit: r.seatLimit,
    seated: places.get(r.id)?.seated ?? 0,
    waiting: places.get(r.id)?.waiting ?? 0,
    cancelled: r.cancelledAt !== null,
    cancellationReason: r.cancellationReason,
    seriesId: r.seriesId,
    inSeries: r.seriesId !== null,
    moved: r.originalStart !== null && r.originalStart.getTime() !== r.startsAt.getTime(),
    supervisorName: r.supervisorName,
    role: roleOf(r),
    attendanceRecorded: r.attendanceRecordedAt !== null,
  }));
}

/**
 * What a clinician can book: their supervisors' individual session types and the organisation's
 * group case discussions in the next `days` days, with free seats and their own place.
 */
export async function listBookingOptions(
  db: Db,
  actor: MemberActor,
  now: Date = new Date(),
  days = 60,
) {
  if (!hasRole(actor, "clinician"))
    throw new DomainError(
      "FORBIDDEN",
      `Only clinicians of ${actor.membership.organisationName} book supervision.`,
    );
  const supervisors = await listSupervisors(db, actor.membership.membershipId);
  const organisationId = actor.membership.organisationId;
  const [types, groups, mine] = await Promise.all([
    listOfferedSessionTypes(db, {
      organisationId,
      supervisorMembershipIds: supervisors.map((s) => s.membershipId),
    }),
    listOpenGroupSessions(db, {
      organisationId,
      from: now,
      to: new Date(now.getTime() + days * DAY_MS),
    }),
    listMemberSessions(db, {
      organisationId,
      membershipId: actor.membership.membershipId,
      from: now,
      to: new Date(now.getTime() + days * DAY_MS),
    }),
  ]);
  const places = await countPlaces(
    db,
    groups.map((g) => g.id),
  );
  const myStatus = new Map(mine.map((m) => [m.id, m.myStatus]));
  return {
    supervisors: supervisors.map((s) => ({ membershipId: s.membershipId, name: s.name })),
    sessionTypes: types
      .filter((t) => t.kind === "individual")
      .map((t) => ({
        id: t.id,
        name: t.name,
        durationMinutes: t.durationMinutes,
        supervisorName: t.supervisorName,
        supervisorTimeZone: t.timeZone,
        cancellationWindowMinutes: t.cancellationWindowMinutes,
      })),
    groups: groups.map((g) => ({
      id: g.id,
      title: g.title,
      startsAt: g.startsAt,
      endsAt: g.endsAt,
      format: g.format,
      supervisorName: g.supervisorName,
      seatLimit: g.seatLimit,
      seated: places.get(g.id)?.seated ?? 0,
      waiting: places.get(g.id)?.waiting ?? 0,
      myStatus: myStatus.get(g.id) ?? null,
    })),
  };
}

/** A session's page: its facts, people, agenda and the notes the actor may read. */
export async function getSessionDetail(db: Db, actor: MemberActor, sessionId: string) {
  const { session, role, people } = await sessionForActor(db, actor, sessionId);
  // The waitlist sees the session, not the case discussion.
  const [agenda, notes] =
    role === "waitlisted"
      ? [[], []]
      : await Promise.all([
          listAgendaItems(db, sessionId),
          listSessionNotes(db, { sessionId, sharedOnly: role !== "supervisor" }),
        ]);
  return {
    session: {
      id: session.id,
      kind: session.kind,
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      format: session.format,
      seatLimit: session.seatLimit,
      cancelled: session.cancelledAt !== null,
      cancellationReason: session.cancellationReason,
      seriesId: session.seriesId,
      inSeries: session.seriesId !== null,
      supervisorName: session.supervisorName,
      cancellationWindowMinutes: session.cancellationWindowMinutes,
      attendanceRecorded: session.attendanceRecordedAt !== null,
      sessionTypeId: session.sessionTypeId,
    },
    role,
    people: people.map((p) => ({
      membershipId: p.membershipId,
      name: p.name,
      status: p.status,
      // Attendance is the supervisor's record, and each person's own.
      attendance:
        role === "supervisor" || p.membershipId === actor.membership.membershipId
          ? p.attendance
          : null,
    })),
    agenda: agenda.map((a) => ({
      id: a.id,
      authorName: a.authorName,
      title: a.title,
      summary: a.summary,
      helpWanted: a.helpWanted,
      createdAt: a.createdAt,
      mine: a.authorMembershipId === actor.membership.membershipId,
    })),
    notes,
  };
}

/** Whether a participant may still cancel or move: before the cancellation window opens. */
function assertOutsideWindow(
  session: { startsAt: Date; cancellationWindowMinutes: number; supervisorName: string },
  now: Date,
  verb: string,
): void {
  if (session.startsAt.getTime() - now.getTime() < session.cancellationWindowMinutes * 60_000) {
    const hours = Math.round((session.cancellationWindowMinutes / 60) * 10) / 10;
    throw new DomainError(
      "CONFLICT",
      `Sessions can be ${verb} up to ${hours} hours before they start. Please contact ${session.supervisorName} directly.`,
    );
  }
}

/**
 * Cancels a session (its supervisor, at any time before it ends), or the actor's own place in
 * it: an individual session is cancelled with it; a group seat is given up, and the next person
 * on the waitlist is seated and told. Participants must do so before the cancellation window.
 */
export async function cancelSupervisionSession(
  db: Db,
  actor: MemberActor,
  input: { sessionId: string; reason: string },
  now: Date = new Date(),
): Promise<{ cancelled: "session" | "place" }> {
  const { session, role } = await sessionForActor(db, actor, input.sessionId);
  if (session.cancelledAt) throw new DomainError("CONFLICT", "This session is already cancelled.");
  if (session.endsAt.getTime() <= now.getTime())
    throw new DomainError("CONFLICT", "This session is over; it can no longer be cancelled.");
  if (role !== "supervisor" && role !== "waitlisted")
    assertOutsideWindow(session, now, "cancelled");
  if (role === "supervisor" || session.kind === "individual") {
    const held = await cancelSessionRow(db, {
      organisationId: actor.membership.organisationId,
      sessionId: session.id,
      reason: input.reason,
    });
    if (!held) throw new DomainError("CONFLICT", "This session is already cancelled.");
    await queueSessionNotices(db, {
      session,
      kind: "cancelled",
      recipients: [session.supervisorMembershipId, ...held.map((h) => h.membershipId)].filter(
        (m) => m !== actor.membership.membershipId,
      ),
      reason: input.reason,
      now,
      actorMembershipId: actor.membership.membershipId,
      startsAt: session.startsAt,
    });
    return { cancelled: "session" };
  }
  await leaveSupervisionSession(db, actor, input);
  return { cancelled: "place" };
}

/**
 * Moves an individual session to another time: a participant to one of the session type's
 * offered times (before the cancellation window), the supervisor to any time both are free.
 */
export async function rescheduleSupervisionSession(
  db: Db,
  actor: MemberActor,
  input: { sessionId: string; startsAt: Date },
  now: Date = new Date(),
): Promise<{ startsAt: Date }> {
  const { session, role, people } = await sessionForActor(db, actor, input.sessionId);
  if (session.cancelledAt) throw new DomainError("CONFLICT", "This session is cancelled.");
  if (role === "waitlisted")
    throw new DomainError("FORBIDDEN", "Only the supervisor or a seated participant can move it.");
  if (session.kind === "group" && role !== "supervisor")
    throw new DomainError("FORBIDDEN", "Only the supervisor can move a group session.");
  if (input.startsAt.getTime() <= now.getTime())
    throw new DomainError("INVALID", "Choose a time in the future.", {
      startsAt: ["Choose a time in the future."],
    });
  if (role !== "supervisor") {
    assertOutsideWindow(session, now, "moved");
    if (!session.sessionTypeId)
      throw new DomainError(
        "FORBIDDEN",
        `Ask ${session.supervisorName} to move this session: it was not booked from their offered times.`,
      );
    const day = { from: input.startsAt, to: new Date(input.startsAt.getTime() + 1) };
    const slots = await listBookableSlots(
      db,
      actor,
      { sessionTypeId: session.sessionTypeId, ...day, ignoreSessionId: session.id },
      now,
    );
    if (!slots.some((s) => s.start.getTime() === input.startsAt.getTime()))
      throw new DomainError("CONFLICT", TIME_TAKEN);
  }
  const length = session.endsAt.getTime() - session.startsAt.getTime();
  const outcome = await moveSessionRow(db, {
    organisationId: actor.membership.organisationId,
    sessionId: session.id,
    startsAt: input.startsAt,
    endsAt: new Date(input.startsAt.getTime() + length),
  });
  if (outcome === "no-session") throw new DomainError("CONFLICT", "This session is cancelled.");
  if (outcome === "overlap") throw new DomainError("CONFLICT", TIME_TAKEN);
  await queueSessionNotices(db, {
    session,
    kind: "changed",
    recipients: [
      session.supervisorMembershipId,
      ...people.filter((p) => p.status === "seated").map((p) => p.membershipId),
    ].filter((m) => m !== actor.membership.membershipId),
    previousStart: session.startsAt,
    now,
    actorMembershipId: actor.membership.membershipId,
    startsAt: input.startsAt,
  });
  return { startsAt: input.startsAt };
}

/**
 * For the supervisees page: per supervisee, their next sessions with the actor (the next 30
 * days) and how many of their hour entries await the actor's signature. Never wellbeing data.
 */
export async function superviseeOverview(db: Db, actor: MemberActor, now: Date = new Date()) {
  const supervisees = await listSupervisees(db, actor.membership.membershipId);
  const ids = supervisees.map((s) => s.membershipId);
  const [seats, awaiting] = await Promise.all([
    listSupervisorSeats(db, {
      organisationId: actor.membership.organisationId,
      supervisorMembershipId: actor.membership.membershipId,
      from: now,
      to: new Date(now.getTime() + 30 * DAY_MS),
    }),
    countAwaitingSignature(db, {
      organisationId: actor.membership.organisationId,
      supervisorMembershipId: actor.membership.membershipId,
      superviseeMembershipIds: ids,
    }),
  ]);
  return supervisees.map((s) => ({
    membershipId: s.membershipId,
    name: s.name,
    email: s.email,
    upcoming: seats
      .filter((seat) => seat.membershipId === s.membershipId)
      .slice(0, 3)
      .map((seat) => ({
        id: seat.sessionId,
        kind: seat.kind,
        title: seat.title,
        startsAt: seat.startsAt,
      })),
    awaitingSignature: awaiting.get(s.membershipId) ?? 0,
  }));
}
