/**
 * Booking supervision: individual sessions with one's own supervisor, and seats (or waitlist
 * places) in group case discussions. The database guarantees no double booking (exclusion
 * constraints) and counts seats under a row lock; these functions hold the rest of the rules
 * and say what happened in words a clinician can act on.
 */
import type { Db } from "@tend/db";
import { insertIndividualSession, leaveSession, listSupervisors, takeSeat } from "@tend/db/queries";

import type { MemberActor } from "../actor";
import { hasRole } from "../actor";
import { DomainError } from "../errors";

export const TIME_TAKEN =
  "That time was just taken, or you already have a session then. Please choose another time.";

function requireClinician(actor: MemberActor): void {
  if (!hasRole(actor, "clinician"))
    throw new DomainError(
      "FORBIDDEN",
      `Only clinicians of ${actor.membership.organisationName} book supervision.`,
    );
}

/** Books individual supervision with one of the actor's current supervisors. */
export async function bookIndividualSupervision(
  db: Db,
  actor: MemberActor,
  input: { supervisorMembershipId: string; startsAt: Date; durationMinutes: number },
  now: Date = new Date(),
): Promise<{ sessionId: string }> {
  requireClinician(actor);
  const supervisors = await listSupervisors(db, actor.membership.membershipId);
  if (!supervisors.some((s) => s.membershipId === input.supervisorMembershipId))
    throw new DomainError("FORBIDDEN", "You can book supervision only with your own supervisors.");
  if (input.startsAt.getTime() <= now.getTime())
    throw new DomainError("INVALID", "Choose a time in the future.", {
      startsAt: ["Choose a time in the future."],
    });
  const outcome = await insertIndividualSession(db, {
    organisationId: actor.membership.organisationId,
    supervisorMembershipId: input.supervisorMembershipId,
    participantMembershipId: actor.membership.membershipId,
    startsAt: input.startsAt,
    endsAt: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
  });
  if (!outcome.ok) throw new DomainError("CONFLICT", TIME_TAKEN);
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
  return { promotedMembershipId: outcome.promotedMembershipId };
}
