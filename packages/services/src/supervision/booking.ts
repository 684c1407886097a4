/**
 * Booking supervision: individual sessions with one's own supervisor, and seats (or waitlist
 * places) in group case discussions. The database guarantees no double booking (exclusion
 * constraints) and counts seats under a row lock; these functions hold the rest of the rules
 * and say what happened in words a clinician can act on.
 */
import type { Db } from "@tend/db";
import {
  getSessionTypeWithSchedule,
  insertIndividualSession,
  leaveSession,
  listSeatTimes,
  listSupervisors,
  listSupervisorSessionTimes,
  takeSeat,
} from "@tend/db/queries";
import { availableSlots } from "@tend/scheduling";

import type { MemberActor } from "../actor";
import { hasRole } from "../actor";
import { DomainError } from "../errors";
import { queueSessionNotices } from "./notices";

export const TIME_TAKEN =
  "That time was just taken, or you already have a session then. Please choose another time.";

function requireClinician(actor: MemberActor): void {
  if (!hasRole(actor, "clinician"))
    throw new DomainError(
      "FORBIDDEN",
      `Only clinicians of ${actor.membership.organisationName} book supervision.`,
    );
}

/** The furthest ahead slots are listed in one call. */
const MAX_SLOT_RANGE_DAYS = 62;

async function offeredType(db: Db, actor: MemberActor, sessionTypeId: string) {
  requireClinician(actor);
  const offered = await getSessionTypeWithSchedule(db, {
    organisationId: actor.membership.organisationId,
    sessionTypeId,
  });
  if (!offered) throw new DomainError("NOT_FOUND", "That kind of session is no longer offered.");
  if (offered.type.kind !== "individual")
    throw new DomainError("INVALID", "Take a seat in a group session instead of booking it.");
  const supervisors = await listSupervisors(db, actor.membership.membershipId);
  if (!supervisors.some((s) => s.membershipId === offered.type.supervisorMembershipId))
    throw new DomainError("FORBIDDEN", "You can book supervision only with your own supervisors.");
  return offered;
}

/**
 * The times the actor could book now: the supervisor's schedule and the session type's rules,
 * around the supervisor's sessions and the actor's own seats. `withoutSessions` leaves both out
 * (what the schedule offers at all).
 */
async function slotsFor(
  db: Db,
  actor: MemberActor,
  offered: NonNullable<Awaited<ReturnType<typeof getSessionTypeWithSchedule>>>,
  range: { from: Date; to: Date; ignoreSessionId?: string },
  now: Date,
  withoutSessions = false,
) {
  const { type, schedule } = offered;
  // Sessions just outside the range still reach into it with their buffers, and every session
  // on a local day the range touches counts towards that day's maximum (a day is at most 26 h
  // long in any zone's calendar).
  const margin =
    (type.bufferBeforeMinutes + type.bufferAfterMinutes + type.durationMinutes) * 60_000 +
    (type.maxPerDay ? 26 * 3_600_000 : 0);
  const around = {
    from: new Date(range.from.getTime() - margin),
    to: new Date(range.to.getTime() + margin),
  };
  const [sessions, blocked] = withoutSessions
    ? [[], []]
    : await Promise.all([
        listSupervisorSessionTimes(db, {
          supervisorMembershipId: type.supervisorMembershipId,
          ignoreSessionId: range.ignoreSessionId,
          ...around,
        }),
        listSeatTimes(db, {
          membershipId: actor.membership.membershipId,
          ignoreSessionId: range.ignoreSessionId,
          ...around,
        }),
      ]);
  return availableSlots({
    schedule,
    rules: {
      durationMinutes: type.durationMinutes,
      bufferBeforeMinutes: type.bufferBeforeMinutes,
      bufferAfterMinutes: type.bufferAfterMinutes,
      minimumNoticeMinutes: type.minimumNoticeMinutes,
      maxPerDay: type.maxPerDay ?? undefined,
      startEveryMinutes: type.startEveryMinutes ?? undefined,
    },
    from: range.from,
    to: range.to,
    now,
    sessions,
    blocked,
  });
}

/**
 * The slots of one of the actor's supervisors' session types in [from, to) (at most 62 days);
 * `ignoreSessionId` leaves one session out (the one being moved).
 */
export async function listBookableSlots(
  db: Db,
  actor: MemberActor,
  input: { sessionTypeId: string; from: Date; to: Date; ignoreSessionId?: string },
  now: Date = new Date(),
): Promise<{ start: Date; end: Date }[]> {
  if (input.to.getTime() - input.from.getTime() > MAX_SLOT_RANGE_DAYS * 86_400_000)
    throw new DomainError(
      "INVALID",
      `Ask for at most ${MAX_SLOT_RANGE_DAYS} days of times at once.`,
    );
  const offered = await offeredType(db, actor, input.sessionTypeId);
  return slotsFor(db, actor, offered, input, now);
}

/**
 * Books individual supervision at one of the offered times of a session type of one of the
 * actor's supervisors. A time the schedule never offers is refused as invalid; one that was
 * offered but is gone (booked by someone else, even a moment ago) is a conflict, and the
 * database stops two racing bookings from both succeeding.
 */
export async function bookIndividualSupervision(
  db: Db,
  actor: MemberActor,
  input: { sessionTypeId: string; startsAt: Date },
  now: Date = new Date(),
): Promise<{ sessionId: string }> {
  const offered = await offeredType(db, actor, input.sessionTypeId);
  const at = { from: input.startsAt, to: new Date(input.startsAt.getTime() + 1) };
  const isOffered = (slots: { start: Date }[]) =>
    slots.some((s) => s.start.getTime() === input.startsAt.getTime());
  if (!isOffered(await slotsFor(db, actor, offered, at, now, true)))
    throw new DomainError("INVALID", "That time is not one of the offered times.", {
      startsAt: ["Choose one of the offered times."],
    });
  if (!isOffered(await slotsFor(db, actor, offered, at, now)))
    throw new DomainError("CONFLICT", TIME_TAKEN);
  const outcome = await insertIndividualSession(db, {
    organisationId: actor.membership.organisationId,
    supervisorMembershipId: offered.type.supervisorMembershipId,
    participantMembershipId: actor.membership.membershipId,
    sessionTypeId: offered.type.id,
    startsAt: input.startsAt,
    endsAt: new Date(input.startsAt.getTime() + offered.type.durationMinutes * 60_000),
  });
  if (!outcome.ok) throw new DomainError("CONFLICT", TIME_TAKEN);
  await queueSessionNotices(db, {
    session: { id: outcome.value.sessionId, organisationId: actor.membership.organisationId },
    kind: "booked",
    recipients: [actor.membership.membershipId, offered.type.supervisorMembershipId],
    actorMembershipId: actor.membership.membershipId,
    startsAt: input.startsAt,
  });
  return outcome.value;
}

export type JoinOutcome = { status: "seated" } | { status: "waitlisted"; position: number };

/** A seat in a group case discussion of the actor's organisation, or a waitlist place when it is full. */
export async function joinGroupSession(
  db: Db,
  actor: MemberActor,
  sessionId: string,
): Promise<JoinOutcome> {
  requireClinician(actor);
  const outcome = await takeSeat(db, {
    organisationId: actor.membership.organisationId,
    sessionId,
    membershipId: actor.membership.membershipId,
  });
  switch (outcome.status) {
    case "seated":
      await queueSessionNotices(db, {
        session: { id: sessionId, organisationId: actor.membership.organisationId },
        kind: "booked",
        recipients: [actor.membership.membershipId],
        actorMembershipId: actor.membership.membershipId,
      });
      return outcome;
    case "waitlisted":
      return outcome;
    case "no-session":
      throw new DomainError("NOT_FOUND", "That group session no longer exists.");
    case "already":
      throw new DomainError(
        "CONFLICT",
        outcome.current === "seated"
          ? "You already have a seat in this session."
          : "You are already on this session's waitlist.",
      );
    case "overlap":
      throw new DomainError("CONFLICT", "You have another session at that time.");
  }
}

/**
 * Gives up the actor's seat or waitlist place, with a reason; a freed seat goes to the next
 * person on the waitlist, whose membership is returned so that they can be told.
 */
export async function leaveSupervisionSession(
  db: Db,
  actor: MemberActor,
  input: { sessionId: string; reason: string },
): Promise<{ promotedMembershipId: string | null }> {
  const outcome = await leaveSession(db, {
    organisationId: actor.membership.organisationId,
    sessionId: input.sessionId,
    membershipId: actor.membership.membershipId,
    reason: input.reason,
  });
  if (!outcome.left) throw new DomainError("NOT_FOUND", "You have no place in that session.");
  if (outcome.promotedMembershipId)
    await queueSessionNotices(db, {
      session: { id: input.sessionId, organisationId: actor.membership.organisationId },
      kind: "promoted",
      recipients: [outcome.promotedMembershipId],
      actorMembershipId: actor.membership.membershipId,
    });
  return { promotedMembershipId: outcome.promotedMembershipId };
}

export type BookingResult =
  | { status: "booked"; sessionId: string }
  | { status: "taken"; message: string; slots: { start: Date; end: Date }[] };

/**
 * Books as `bookIndividualSupervision` does; when the time was just taken, answers with the
 * message and the refreshed times of that week instead, so the person can choose again at once.
 */
export async function bookSupervision(
  db: Db,
  actor: MemberActor,
  input: { sessionTypeId: string; startsAt: Date },
  now: Date = new Date(),
): Promise<BookingResult> {
  try {
    const { sessionId } = await bookIndividualSupervision(db, actor, input, now);
    return { status: "booked", sessionId };
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "CONFLICT") throw error;
    const from = new Date(Math.max(now.getTime(), input.startsAt.getTime() - 3 * 86_400_000));
    const slots = await listBookableSlots(
      db,
      actor,
      { sessionTypeId: input.sessionTypeId, from, to: new Date(from.getTime() + 7 * 86_400_000) },
      now,
    );
    return { status: "taken", message: error.message, slots };
  }
}
