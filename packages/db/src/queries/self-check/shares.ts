import { and, asc, desc, eq, exists, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { DbOrTx } from "../../client";
import {
  auditEvents,
  checkResponses,
  memberships,
  organisations,
  resultShares,
  supervisionRelationships,
  users,
} from "../../schema";

/* Sharing: the owner creates and revokes; a supervisor reads only unrevoked shares addressed to them. */

export async function createResultShare(
  db: DbOrTx,
  values: {
    responseId: string;
    ownerUserId: string;
    organisationId: string;
    supervisorMembershipId: string;
    note?: string;
  },
) {
  const [row] = await db
    .insert(resultShares)
    .values({ ...values, note: values.note ?? "" })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function revokeResultShare(
  db: DbOrTx,
  params: { shareId: string; ownerUserId: string },
) {
  const [row] = await db
    .update(resultShares)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(resultShares.id, params.shareId),
        eq(resultShares.ownerUserId, params.ownerUserId),
        isNull(resultShares.revokedAt),
      ),
    )
    .returning();
  return row ?? null;
}

/** The owner's active shares of one response, with the supervisors' names. */
export function listSharesOfResponse(
  db: DbOrTx,
  params: { responseId: string; ownerUserId: string },
) {
  return db
    .select({
      id: resultShares.id,
      supervisorMembershipId: resultShares.supervisorMembershipId,
      supervisorName: users.name,
      sharedAt: resultShares.sharedAt,
      /** Whether the supervisor can read it now (not after supervision or membership ends). */
      stands: sql<boolean>`coalesce(${shareStands}, false)`,
    })
    .from(resultShares)
    .innerJoin(memberships, eq(memberships.id, resultShares.supervisorMembershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(resultShares.responseId, params.responseId),
        eq(resultShares.ownerUserId, params.ownerUserId),
        isNull(resultShares.revokedAt),
      ),
    )
    .orderBy(asc(resultShares.sharedAt));
}

const owner = alias(users, "owner");

/**
 * A share stands while it is unrevoked, the owner is still a member of the organisation, and
 * the supervision relationship between them is current. Ending supervision or leaving the
 * organisation ends the supervisor's access, as revoking does.
 *
 * Checked share by share through the indexes: `offset 0` keeps the planner from turning the
 * check into a join that reads every organisation's memberships to check a few shares.
 */
export const shareStands = and(
  isNull(resultShares.revokedAt),
  exists(
    sql`(select 1 from ${supervisionRelationships} sr
      join ${memberships} supervisee on supervisee.id = sr.supervisee_membership_id
      where sr.supervisor_membership_id = ${resultShares.supervisorMembershipId}
        and supervisee.user_id = ${resultShares.ownerUserId}
        and supervisee.organisation_id = ${resultShares.organisationId}
        and sr.ended_at is null
      offset 0)`,
  ),
);

/** What a supervisor sees of every share addressed to them (with `owner` and the response joined). */
const shareSummary = {
  id: resultShares.id,
  ownerName: owner.name,
  instrumentId: checkResponses.instrumentId,
  completedAt: checkResponses.completedAt,
  sharedAt: resultShares.sharedAt,
  note: resultShares.note,
};

/** Standing shares addressed to a supervisor's membership, newest first. */
export function listSharesForSupervisor(db: DbOrTx, supervisorMembershipId: string) {
  return db
    .select(shareSummary)
    .from(resultShares)
    .innerJoin(checkResponses, eq(checkResponses.id, resultShares.responseId))
    .innerJoin(owner, eq(owner.id, resultShares.ownerUserId))
    .where(and(eq(resultShares.supervisorMembershipId, supervisorMembershipId), shareStands))
    .orderBy(desc(resultShares.sharedAt));
}

/** One shared result, only while the share to this supervisor stands. No answers. */
export async function getSharedResult(
  db: DbOrTx,
  params: { shareId: string; supervisorMembershipId: string },
) {
  const [row] = await db
    .select({
      ...shareSummary,
      instrumentVersion: checkResponses.instrumentVersion,
      result: checkResponses.result,
    })
    .from(resultShares)
    .innerJoin(checkResponses, eq(checkResponses.id, resultShares.responseId))
    .innerJoin(owner, eq(owner.id, resultShares.ownerUserId))
    .where(
      and(
        eq(resultShares.id, params.shareId),
        eq(resultShares.supervisorMembershipId, params.supervisorMembershipId),
        shareStands,
      ),
    )
    .limit(1);
  return row ?? null;
}

const supervisorMembership = alias(memberships, "supervisor_membership");
const supervisor = alias(users, "supervisor");

/**
 * Every share an owner has made, in every organisation, newest first: to whom, of which
 * result, since when, whether it was stopped, and whether it still stands (a share also ends
 * when supervision ends or the owner leaves the organisation).
 */
export function listSharesByOwner(db: DbOrTx, ownerUserId: string) {
  return db
    .select({
      id: resultShares.id,
      responseId: resultShares.responseId,
      instrumentId: checkResponses.instrumentId,
      completedAt: checkResponses.completedAt,
      supervisorName: supervisor.name,
      organisationName: organisations.name,
      note: resultShares.note,
      sharedAt: resultShares.sharedAt,
      revokedAt: resultShares.revokedAt,
      stands: sql<boolean>`coalesce(${shareStands}, false)`,
    })
    .from(resultShares)
    .innerJoin(checkResponses, eq(checkResponses.id, resultShares.responseId))
    .innerJoin(
      supervisorMembership,
      eq(supervisorMembership.id, resultShares.supervisorMembershipId),
    )
    .innerJoin(supervisor, eq(supervisor.id, supervisorMembership.userId))
    .innerJoin(organisations, eq(organisations.id, resultShares.organisationId))
    .where(eq(resultShares.ownerUserId, ownerUserId))
    .orderBy(desc(resultShares.sharedAt))
    .limit(500);
}

/** The owner's own sharing decisions (shared, stopped) from the audit trail, newest first. */
export function listOwnSharingEvents(db: DbOrTx, userId: string) {
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      supervisorName: supervisor.name,
      instrumentId: checkResponses.instrumentId,
      organisationName: organisations.name,
    })
    .from(auditEvents)
    .innerJoin(resultShares, eq(sql`${resultShares.id}::text`, auditEvents.subjectId))
    .innerJoin(checkResponses, eq(checkResponses.id, resultShares.responseId))
    .innerJoin(
      supervisorMembership,
      eq(supervisorMembership.id, resultShares.supervisorMembershipId),
    )
    .innerJoin(supervisor, eq(supervisor.id, supervisorMembership.userId))
    .leftJoin(organisations, eq(organisations.id, auditEvents.organisationId))
    .where(
      and(
        eq(auditEvents.actorUserId, userId),
        eq(auditEvents.subjectType, "result_share"),
        inArray(auditEvents.action, ["self_check.shared", "self_check.share_revoked"]),
        eq(resultShares.ownerUserId, userId),
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(200);
}
