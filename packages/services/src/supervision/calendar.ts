/**
 * Sessions in people's own calendars: an `.ics` file per session, and a private feed URL per
 * person that calendar apps subscribe to. The feed's token is long and random, shown once, and
 * only its SHA-256 hash is stored; regenerating replaces it and revoking ends it. Calendar
 * entries carry times, the kind of session and the supervisor — never agenda or notes.
 */
import { createHash, randomBytes } from "node:crypto";

import type { Db } from "@tend/db";
import type { CalendarSession } from "@tend/supervision";
import {
  deleteCalendarFeed,
  getCalendarFeed,
  listMemberMeetings,
  listMemberSessions,
  readCalendarFeed,
  replaceCalendarFeed,
} from "@tend/db/queries";
import { calendarFeed, sessionInvite } from "@tend/supervision";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { meetingEntries } from "../groups/meetings";
import { sessionForActor } from "./access";

const DAY_MS = 86_400_000;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

interface SessionFacts {
  id: string;
  kind: "individual" | "group";
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  cancelledAt: Date | null;
  updatedAt: Date;
  supervisorName: string;
  supervisorEmail: string;
}

/** A session as a calendar entry, titled for the person it is for. */
export function calendarEntry(
  session: SessionFacts,
  viewer: { isSupervisor: boolean; timeZone: string },
): CalendarSession {
  const title =
    session.title ??
    (viewer.isSupervisor ? "Individual supervision" : `Supervision with ${session.supervisorName}`);
  return {
    id: session.id,
    title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: viewer.timeZone,
    sequence: session.sequence,
    cancelled: session.cancelledAt !== null,
    organiser: { name: session.supervisorName, email: session.supervisorEmail },
    description: "Supervision booked in Tend. The agenda is in Tend, not in your calendar.",
    updatedAt: session.updatedAt,
  };
}

/** One session of the actor's as an `.ics` file (a cancellation when it was cancelled). */
export async function sessionCalendarFile(db: Db, actor: MemberActor, sessionId: string) {
  const { session, role } = await sessionForActor(db, actor, sessionId);
  const entry = calendarEntry(session, {
    isSupervisor: role === "supervisor",
    timeZone: actor.person.timeZone,
  });
  return {
    filename: `supervision-${session.startsAt.toISOString().slice(0, 10)}.ics`,
    ics: sessionInvite(entry, { method: entry.cancelled ? "cancel" : "request" }),
  };
}

/** Whether the actor has a calendar feed, since when, and when an app last read it. */
export async function getFeedStatus(db: Db, actor: MemberActor) {
  const feed = await getCalendarFeed(db, actor.membership.membershipId);
  return feed ? { active: true as const, ...feed } : { active: false as const };
}

/** A new feed token for the actor (shown once); an earlier feed URL stops working. */
export async function regenerateFeed(db: Db, actor: MemberActor): Promise<{ token: string }> {
  const token = randomBytes(32).toString("base64url");
  await replaceCalendarFeed(db, {
    organisationId: actor.membership.organisationId,
    membershipId: actor.membership.membershipId,
    tokenHash: hashToken(token),
  });
  return { token };
}

export async function revokeFeed(db: Db, actor: MemberActor): Promise<void> {
  if (!(await deleteCalendarFeed(db, actor.membership.membershipId)))
    throw new DomainError("NOT_FOUND", "You have no calendar feed to turn off.");
}

/**
 * The feed a token opens: the person's sessions, and the meetings of the peer groups they
 * belong to, from 30 days ago to 180 days ahead, cancelled ones marked so. An unknown or
 * revoked token is NOT_FOUND.
 */
export async function readFeed(db: Db, token: string, now: Date = new Date()): Promise<string> {
  const feed = await readCalendarFeed(db, hashToken(token));
  if (!feed)
    throw new DomainError("NOT_FOUND", "This calendar feed does not exist or was turned off.");
  const range = {
    from: new Date(now.getTime() - 30 * DAY_MS),
    to: new Date(now.getTime() + 180 * DAY_MS),
  };
  const [sessions, meetings] = await Promise.all([
    listMemberSessions(db, {
      organisationId: feed.organisationId,
      membershipId: feed.membershipId,
      ...range,
    }),
    listMemberMeetings(db, feed.membershipId),
  ]);
  return calendarFeed(
    [
      ...sessions.map((s) =>
        calendarEntry(s, {
          isSupervisor: s.supervisorMembershipId === feed.membershipId,
          timeZone: feed.timeZone,
        }),
      ),
      ...meetings.flatMap((m) => meetingEntries(m, range, { timeZone: feed.timeZone })),
    ],
    { name: `Tend — ${feed.organisationName}`, timeZone: feed.timeZone },
  );
}
