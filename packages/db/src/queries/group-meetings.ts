/**
 * A group's meetings: the meetings and their changed occurrences, answers to come, and the
 * anonymous evaluations. Occurrences are worked out by `@tend/scheduling` from these rows.
 */
import { and, asc, eq, gt, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";

import type { RsvpResponse } from "@tend/groups";

import type { DbOrTx } from "../client";
import {
  groupMeetingChanges,
  groupMeetingEvaluationReceipts,
  groupMeetingEvaluations,
  groupMeetingRsvps,
  groupMeetings,
  groupMembers,
  memberships,
  organisations,
  peerGroups,
  users,
} from "../schema";

export interface MeetingRow {
  id: string;
  groupId: string;
  organisationId: string;
  title: string;
  rule: string | null;
  firstStart: Date;
  durationMinutes: number;
  timeZone: string;
  place: string;
  link: string;
  sequence: number;
  cancelledAt: Date | null;
  updatedAt: Date;
  /** The facilitator who set it up: the ORGANIZER of its calendar entries. */
  organiser: { name: string; email: string };
  /** Moved (`movedTo`) or cancelled (null) occurrences, by their start in the series. */
  changes: { originalStart: Date; movedTo: Date | null }[];
}

const meetingColumns = {
  id: groupMeetings.id,
  groupId: groupMeetings.groupId,
  organisationId: groupMeetings.organisationId,
  title: groupMeetings.title,
  rule: groupMeetings.rule,
  firstStart: groupMeetings.firstStart,
  durationMinutes: groupMeetings.durationMinutes,
  timeZone: groupMeetings.timeZone,
  place: groupMeetings.place,
  link: groupMeetings.link,
  sequence: groupMeetings.sequence,
  cancelledAt: groupMeetings.cancelledAt,
  updatedAt: groupMeetings.updatedAt,
  organiser: { name: users.name, email: users.email },
};
const organiserMembership = eq(memberships.id, groupMeetings.createdByMembershipId);
const organiserUser = eq(users.id, memberships.userId);

/** Each meeting with its changes (one more query for all of them). */
async function withChanges<T extends { id: string }>(
  db: DbOrTx,
  meetings: T[],
): Promise<(T & { changes: MeetingRow["changes"] })[]> {
  if (meetings.length === 0) return [];
  const changes = await db
    .select({
      meetingId: groupMeetingChanges.meetingId,
      originalStart: groupMeetingChanges.originalStart,
      movedTo: groupMeetingChanges.movedTo,
    })
    .from(groupMeetingChanges)
    .where(
      inArray(
        groupMeetingChanges.meetingId,
        meetings.map((m) => m.id),
      ),
    );
  return meetings.map((m) => ({
    ...m,
    changes: changes
      .filter((c) => c.meetingId === m.id)
      .map(({ originalStart, movedTo }) => ({ originalStart, movedTo })),
  }));
}

export async function insertMeeting(
  db: DbOrTx,
  row: {
    groupId: string;
    organisationId: string;
    title: string;
    rule: string | null;
    firstStart: Date;
    durationMinutes: number;
    timeZone: string;
    place: string;
    link: string;
    createdByMembershipId: string;
  },
): Promise<string> {
  const [meeting] = await db.insert(groupMeetings).values(row).returning({ id: groupMeetings.id });
  if (!meeting) throw new Error("insert returned no meeting");
  return meeting.id;
}

/**
 * A group's meetings, the earliest first: those not cancelled, and those cancelled since
 * `cancelledSince` (their past occurrences took place and may have evaluations).
 */
export async function listGroupMeetings(
  db: DbOrTx,
  params: { groupId: string; cancelledSince: Date },
): Promise<MeetingRow[]> {
  const rows = await db
    .select(meetingColumns)
    .from(groupMeetings)
    .innerJoin(memberships, organiserMembership)
    .innerJoin(users, organiserUser)
    .where(
      and(
        eq(groupMeetings.groupId, params.groupId),
        or(isNull(groupMeetings.cancelledAt), gt(groupMeetings.cancelledAt, params.cancelledSince)),
      ),
    )
    .orderBy(asc(groupMeetings.firstStart));
  return withChanges(db, rows);
}

/** One meeting of a group. */
export async function findMeeting(
  db: DbOrTx,
  params: { groupId: string; meetingId: string },
): Promise<MeetingRow | null> {
  const rows = await db
    .select(meetingColumns)
    .from(groupMeetings)
    .innerJoin(memberships, organiserMembership)
    .innerJoin(users, organiserUser)
    .where(and(eq(groupMeetings.id, params.meetingId), eq(groupMeetings.groupId, params.groupId)));
  const [meeting] = await withChanges(db, rows);
  return meeting ?? null;
}

/** Moves (`movedTo`) or cancels (null) one occurrence; calendar apps see a new sequence. */
export async function changeOccurrence(
  db: DbOrTx,
  params: { meetingId: string; originalStart: Date; movedTo: Date | null },
): Promise<void> {
  await db
    .insert(groupMeetingChanges)
    .values(params)
    .onConflictDoUpdate({
      target: [groupMeetingChanges.meetingId, groupMeetingChanges.originalStart],
      set: { movedTo: params.movedTo },
    });
  await db
    .update(groupMeetings)
    .set({ sequence: sql`${groupMeetings.sequence} + 1`, updatedAt: new Date() })
    .where(eq(groupMeetings.id, params.meetingId));
}

/** Cancels every occurrence of a meeting. */
export async function cancelMeeting(db: DbOrTx, meetingId: string, at: Date): Promise<void> {
  await db
    .update(groupMeetings)
    .set({ cancelledAt: at, sequence: sql`${groupMeetings.sequence} + 1`, updatedAt: at })
    .where(eq(groupMeetings.id, meetingId));
}

/** A member's answer for one occurrence, or (`occurrenceStart` null) for the whole series. */
export async function setRsvp(
  db: DbOrTx,
  row: {
    meetingId: string;
    membershipId: string;
    occurrenceStart: Date | null;
    response: RsvpResponse;
  },
): Promise<void> {
  await db
    .insert(groupMeetingRsvps)
    .values(row)
    .onConflictDoUpdate({
      target: [
        groupMeetingRsvps.meetingId,
        groupMeetingRsvps.membershipId,
        groupMeetingRsvps.occurrenceStart,
      ],
      set: { response: row.response, updatedAt: new Date() },
    });
}

/** Clears a member's answers for single occurrences of a meeting (they answered for the series). */
export async function clearOccurrenceRsvps(
  db: DbOrTx,
  params: { meetingId: string; membershipId: string },
): Promise<void> {
  await db
    .delete(groupMeetingRsvps)
    .where(
      and(
        eq(groupMeetingRsvps.meetingId, params.meetingId),
        eq(groupMeetingRsvps.membershipId, params.membershipId),
        isNotNull(groupMeetingRsvps.occurrenceStart),
      ),
    );
}

/** Answers to the given meetings of members still active in the group. */
export async function listRsvps(db: DbOrTx, params: { groupId: string; meetingIds: string[] }) {
  if (params.meetingIds.length === 0) return [];
  return db
    .select({
      meetingId: groupMeetingRsvps.meetingId,
      membershipId: groupMeetingRsvps.membershipId,
      occurrenceStart: groupMeetingRsvps.occurrenceStart,
      response: groupMeetingRsvps.response,
    })
    .from(groupMeetingRsvps)
    .innerJoin(
      groupMembers,
      and(
        eq(groupMembers.groupId, params.groupId),
        eq(groupMembers.membershipId, groupMeetingRsvps.membershipId),
        eq(groupMembers.status, "active"),
      ),
    )
    .innerJoin(memberships, eq(memberships.id, groupMeetingRsvps.membershipId))
    .where(
      and(
        inArray(groupMeetingRsvps.meetingId, params.meetingIds),
        isNull(memberships.deactivatedAt),
      ),
    );
}

/**
 * Stores an evaluation of one occurrence and the receipt that `membershipId` answered, in the
 * caller's transaction; false when they had already answered.
 */
export async function insertEvaluation(
  tx: DbOrTx,
  row: {
    meetingId: string;
    occurrenceStart: Date;
    membershipId: string;
    helpful: number;
    safe: number;
    comment: string;
  },
): Promise<boolean> {
  const { membershipId, ...answer } = row;
  const receipt = await tx
    .insert(groupMeetingEvaluationReceipts)
    .values({ meetingId: row.meetingId, occurrenceStart: row.occurrenceStart, membershipId })
    .onConflictDoNothing()
    .returning({ meetingId: groupMeetingEvaluationReceipts.meetingId });
  if (receipt.length === 0) return false;
  await tx.insert(groupMeetingEvaluations).values(answer);
  return true;
}

/** The evaluations of the given meetings (what was answered, never by whom). */
export async function listEvaluations(db: DbOrTx, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select({
      meetingId: groupMeetingEvaluations.meetingId,
      occurrenceStart: groupMeetingEvaluations.occurrenceStart,
      helpful: groupMeetingEvaluations.helpful,
      safe: groupMeetingEvaluations.safe,
      comment: groupMeetingEvaluations.comment,
    })
    .from(groupMeetingEvaluations)
    .where(inArray(groupMeetingEvaluations.meetingId, meetingIds));
}

/** The occurrences of the given meetings that `membershipId` has evaluated. */
export async function listEvaluationReceipts(
  db: DbOrTx,
  params: { membershipId: string; meetingIds: string[] },
) {
  if (params.meetingIds.length === 0) return [];
  return db
    .select({
      meetingId: groupMeetingEvaluationReceipts.meetingId,
      occurrenceStart: groupMeetingEvaluationReceipts.occurrenceStart,
    })
    .from(groupMeetingEvaluationReceipts)
    .where(
      and(
        eq(groupMeetingEvaluationReceipts.membershipId, params.membershipId),
        inArray(groupMeetingEvaluationReceipts.meetingId, params.meetingIds),
      ),
    );
}

/** Every meeting that may still take place (not cancelled, its group not archived), for reminders. */
export async function listLiveMeetings(db: DbOrTx): Promise<MeetingRow[]> {
  const rows = await db
    .select(meetingColumns)
    .from(groupMeetings)
    .innerJoin(memberships, organiserMembership)
    .innerJoin(users, organiserUser)
    .innerJoin(peerGroups, eq(peerGroups.id, groupMeetings.groupId))
    .where(and(isNull(groupMeetings.cancelledAt), isNull(peerGroups.archivedAt)));
  return withChanges(db, rows);
}

/**
 * An organisation's meetings that may have taken place since `since` (not cancelled before it,
 * their group not archived before it), with their group's archiving, for the report's count of
 * meetings held.
 */
export async function listOrganisationMeetings(
  db: DbOrTx,
  params: { organisationId: string; since: Date },
) {
  const rows = await db
    .select({
      id: groupMeetings.id,
      groupId: groupMeetings.groupId,
      rule: groupMeetings.rule,
      firstStart: groupMeetings.firstStart,
      durationMinutes: groupMeetings.durationMinutes,
      timeZone: groupMeetings.timeZone,
      cancelledAt: groupMeetings.cancelledAt,
      groupArchivedAt: peerGroups.archivedAt,
    })
    .from(groupMeetings)
    .innerJoin(peerGroups, eq(peerGroups.id, groupMeetings.groupId))
    .where(
      and(
        eq(groupMeetings.organisationId, params.organisationId),
        or(isNull(groupMeetings.cancelledAt), gt(groupMeetings.cancelledAt, params.since)),
        or(isNull(peerGroups.archivedAt), gt(peerGroups.archivedAt, params.since)),
      ),
    );
  return withChanges(db, rows);
}

/**
 * The meetings of the groups a member reads inside (active, current agreement accepted, the
 * group not archived), cancelled ones included so that a calendar feed can mark them, with the
 * group's name and the member's answer for the whole series.
 */
export async function listMemberMeetings(db: DbOrTx, membershipId: string) {
  const rows = await db
    .select({ ...meetingColumns, groupName: peerGroups.name, organisationName: organisations.name })
    .from(groupMeetings)
    .innerJoin(memberships, organiserMembership)
    .innerJoin(users, organiserUser)
    .innerJoin(peerGroups, eq(peerGroups.id, groupMeetings.groupId))
    .innerJoin(organisations, eq(organisations.id, peerGroups.organisationId))
    .innerJoin(
      groupMembers,
      and(
        eq(groupMembers.groupId, peerGroups.id),
        eq(groupMembers.membershipId, membershipId),
        eq(groupMembers.status, "active"),
        eq(groupMembers.pledgeVersion, peerGroups.agreementVersion),
      ),
    )
    .where(isNull(peerGroups.archivedAt));
  return withChanges(db, rows);
}
