/**
 * Who may see a session: its supervisor and the people with a place in it. Everyone else, in
 * the organisation or not, is told it does not exist, so a session's existence, agenda and
 * notes never reach a non-participant.
 */
import type { Db } from "@tend/db";
import { getSession, listSessionPeople } from "@tend/db/queries";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";

export type SessionRole = "supervisor" | "seated" | "waitlisted";

export const NO_SESSION = "That session does not exist, or you have no place in it.";

export type VisibleSession = NonNullable<Awaited<ReturnType<typeof getSession>>>;
export type SessionPerson = Awaited<ReturnType<typeof listSessionPeople>>[number];

/** The session with the actor's role in it and its people; NOT_FOUND for anyone without a place. */
export async function sessionForActor(
  db: Db,
  actor: MemberActor,
  sessionId: string,
): Promise<{ session: VisibleSession; role: SessionRole; people: SessionPerson[] }> {
  const session = await getSession(db, {
    organisationId: actor.membership.organisationId,
    sessionId,
  });
  if (!session) throw new DomainError("NOT_FOUND", NO_SESSION);
  const people = await listSessionPeople(db, sessionId);
  if (session.supervisorMembershipId === actor.membership.membershipId)
    return { session, role: "supervisor", people };
  const mine = people.find((p) => p.membershipId === actor.membership.membershipId);
  if (!mine) throw new DomainError("NOT_FOUND", NO_SESSION);
  return { session, role: mine.status === "seated" ? "seated" : "waitlisted", people };
}

/** As `sessionForActor`, for what only the session's supervisor may do. */
export async function sessionForSupervisor(db: Db, actor: MemberActor, sessionId: string) {
  const found = await sessionForActor(db, actor, sessionId);
  if (found.role !== "supervisor")
    throw new DomainError("FORBIDDEN", "Only the session's supervisor can do that.");
  return found;
}
