/**
 * What is said about a session: the agenda participants bring (through the de-identification
 * guard), the supervisor's notes (private or shared, chosen per note) and attendance, which
 * turns into supervision hours.
 */
import type { Db } from "@tend/db";
import type { Attendance, NoteVisibility } from "@tend/db/schema";
import {
  deleteAgendaItem,
  deleteSessionNote,
  getAgendaItemSession,
  insertAgendaItem,
  insertSessionNote,
  recordAttendance,
  updateSessionNote,
} from "@tend/db/queries";
import { formatLocal } from "@tend/scheduling";
import { findPossibleIdentifiers } from "@tend/supervision";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { sessionForActor, sessionForSupervisor } from "./access";

export type PossibleIdentifier = ReturnType<typeof findPossibleIdentifiers>[number] & {
  field: "title" | "summary" | "helpWanted";
};

export type AgendaOutcome =
  | { status: "saved"; id: string }
  | { status: "needs-confirmation"; identifiers: PossibleIdentifier[] };

/**
 * Adds an agenda item for a seated participant or the supervisor. When the guard finds what may
 * identify a client and the author has not confirmed, nothing is saved and the matches come
 * back (with their place in each field) for the author to change or confirm.
 */
export async function addAgendaItem(
  db: Db,
  actor: MemberActor,
  input: {
    sessionId: string;
    title: string;
    summary: string;
    helpWanted: string;
    confirmed: boolean;
  },
): Promise<AgendaOutcome> {
  const { session, role } = await sessionForActor(db, actor, input.sessionId);
  if (role === "waitlisted")
    throw new DomainError("FORBIDDEN", "You can add to the agenda once you have a seat.");
  if (session.cancelledAt) throw new DomainError("CONFLICT", "This session is cancelled.");
  const identifiers = (["title", "summary", "helpWanted"] as const).flatMap((field) =>
    findPossibleIdentifiers(input[field]).map((found) => ({ ...found, field })),
  );
  if (identifiers.length > 0 && !input.confirmed)
    return { status: "needs-confirmation", identifiers };
  const saved = await insertAgendaItem(db, {
    organisationId: actor.membership.organisationId,
    sessionId: session.id,
    authorMembershipId: actor.membership.membershipId,
    title: input.title,
    summary: input.summary,
    helpWanted: input.helpWanted,
    identifiersConfirmed: identifiers.length > 0,
  });
  return { status: "saved", id: saved.id };
}

/** Removes an agenda item: its author, or the session's supervisor. */
export async function removeAgendaItem(db: Db, actor: MemberActor, itemId: string): Promise<void> {
  const organisationId = actor.membership.organisationId;
  const sessionId = await getAgendaItemSession(db, { organisationId, itemId });
  if (!sessionId) throw new DomainError("NOT_FOUND", "That agenda item does not exist.");
  const { role } = await sessionForActor(db, actor, sessionId);
  const removed = await deleteAgendaItem(db, {
    organisationId,
    itemId,
    membershipId: actor.membership.membershipId,
    sessionIdIfSupervisor: role === "supervisor" ? sessionId : undefined,
  });
  if (!removed)
    throw new DomainError("FORBIDDEN", "Only its author or the supervisor can remove an item.");
}

/** Adds the supervisor's note to a session, private or shared with its participants. */
export async function addSessionNote(
  db: Db,
  actor: MemberActor,
  input: { sessionId: string; body: string; visibility: NoteVisibility },
): Promise<{ id: string }> {
  const { session } = await sessionForSupervisor(db, actor, input.sessionId);
  return insertSessionNote(db, {
    organisationId: actor.membership.organisationId,
    sessionId: session.id,
    authorMembershipId: actor.membership.membershipId,
    body: input.body,
    visibility: input.visibility,
  });
}

export async function editSessionNote(
  db: Db,
  actor: MemberActor,
  input: { noteId: string; body: string; visibility: NoteVisibility },
): Promise<void> {
  const changed = await updateSessionNote(db, {
    organisationId: actor.membership.organisationId,
    authorMembershipId: actor.membership.membershipId,
    ...input,
  });
  if (!changed) throw new DomainError("NOT_FOUND", "That note does not exist.");
}

export async function removeSessionNote(db: Db, actor: MemberActor, noteId: string): Promise<void> {
  const removed = await deleteSessionNote(db, {
    organisationId: actor.membership.organisationId,
    authorMembershipId: actor.membership.membershipId,
    noteId,
  });
  if (!removed) throw new DomainError("NOT_FOUND", "That note does not exist.");
}

/**
 * The supervisor records who attended a session once it has started. Each attendee gets a
 * pending hour entry (individual or group, the session's length, dated by the supervisor's
 * calendar) for the supervisor to sign.
 */
export async function markAttendance(
  db: Db,
  actor: MemberActor,
  input: { sessionId: string; marks: { membershipId: string; attendance: Attendance }[] },
  now: Date = new Date(),
): Promise<{ entriesCreated: number }> {
  const { session, people } = await sessionForSupervisor(db, actor, input.sessionId);
  if (session.cancelledAt) throw new DomainError("CONFLICT", "This session was cancelled.");
  if (session.startsAt.getTime() > now.getTime())
    throw new DomainError("CONFLICT", "Attendance can be recorded once the session has started.");
  const seated = new Set(people.filter((p) => p.status === "seated").map((p) => p.membershipId));
  const unknown = input.marks.filter((m) => !seated.has(m.membershipId));
  if (unknown.length)
    throw new DomainError(
      "INVALID",
      "Record attendance only for the people seated in this session.",
      {
        marks: ["Someone here has no seat in this session."],
      },
    );
  const date = formatLocal(session.startsAt, actor.person.timeZone, "yyyy-MM-dd");
  return recordAttendance(db, {
    organisationId: actor.membership.organisationId,
    sessionId: session.id,
    supervisorMembershipId: actor.membership.membershipId,
    kind: session.kind,
    date,
    minutes: Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000),
    format: session.format,
    marks: input.marks,
  });
}
