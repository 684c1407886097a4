import { and, asc, desc, eq, exists, isNull, lt, max, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { DbOrTx } from "../client";
import type { ScoreResult } from "@tend/instruments";

import type { QuietHours, WorkingHours } from "../schema";
import {
  checkCadences,
  checkResponses,
  memberships,
  reminderDeliveries,
  resultShares,
  selfCheckSettings,
  supervisionRelationships,
  users,
} from "../schema";

/* Responses: every query is scoped to the owner's user id. */

export async function insertCheckResponse(
  db: DbOrTx,
  values: {
    userId: string;
    organisationId: string;
    instrumentId: string;
    instrumentVersion: string;
    answers: Record<string, number>;
    result: ScoreResult;
    completedAt?: Date;
  },
) {
  const [row] = await db.insert(checkResponses).values(values).returning();
  if (!row) throw new Error("check response insert returned no row");
  return row;
}

export async function getOwnCheckResponse(
  db: DbOrTx,
  params: { userId: string; responseId: string },
) {
  const [row] = await db
    .select()
    .from(checkResponses)
    .where(and(eq(checkResponses.id, params.responseId), eq(checkResponses.userId, params.userId)))
    .limit(1);
  return row ?? null;
}

/** The owner's response to the same instrument just before this one. */
export async function getPreviousCheckResponse(
  db: DbOrTx,
  params: { userId: string; instrumentId: string; before: Date; excludeId: string },
) {
  const [row] = await db
    .select()
    .from(checkResponses)
    .where(
      and(
        eq(checkResponses.userId, params.userId),
        eq(checkResponses.instrumentId, params.instrumentId),
        lt(checkResponses.completedAt, params.before),
        ne(checkResponses.id, params.excludeId),
      ),
    )
    .orderBy(desc(checkResponses.completedAt))
    .limit(1);
  return row ?? null;
}

/** The owner's responses to one instrument, oldest first (for history charts). */
export function listOwnCheckResponses(
  db: DbOrTx,
  params: { userId: string; instrumentId: string; limit?: number },
) {
  return db
    .select({
      id: checkResponses.id,
      completedAt: checkResponses.completedAt,
      instrumentVersion: checkResponses.instrumentVersion,
      result: checkResponses.result,
    })
    .from(checkResponses)
    .where(
      and(
        eq(checkResponses.userId, params.userId),
        eq(checkResponses.instrumentId, params.instrumentId),
      ),
    )
    .orderBy(asc(checkResponses.completedAt))
    .limit(params.limit ?? 500);
}

/** When the owner last completed each instrument. */
export async function lastCompletions(db: DbOrTx, userId: string): Promise<Map<string, Date>> {
  const rows = await db
    .select({ instrumentId: checkResponses.instrumentId, last: max(checkResponses.completedAt) })
    .from(checkResponses)
    .where(eq(checkResponses.userId, userId))
    .groupBy(checkResponses.instrumentId);
  return new Map(rows.flatMap((r) => (r.last ? [[r.instrumentId, r.last] as const] : [])));
}

/* Cadences */

export function listCheckCadences(db: DbOrTx, userId: string) {
  return db.select().from(checkCadences).where(eq(checkCadences.userId, userId));
}

export async function upsertCheckCadence(
  db: DbOrTx,
  values: { userId: string; instrumentId: string; everyDays: number; paused: boolean },
) {
  const [row] = await db
    .insert(checkCadences)
    .values({ ...values, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: [checkCadences.userId, checkCadences.instrumentId],
      set: { everyDays: values.everyDays, paused: values.paused, updatedAt: new Date() },
    })
    .returning();
  return row;
}

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
 */
const shareStands = and(
  isNull(resultShares.revokedAt),
  exists(
    sql`(select 1 from ${supervisionRelationships} sr
      join ${memberships} supervisee on supervisee.id = sr.supervisee_membership_id
      where sr.supervisor_membership_id = ${resultShares.supervisorMembershipId}
        and supervisee.user_id = ${resultShares.ownerUserId}
        and supervisee.organisation_id = ${resultShares.organisationId}
        and sr.ended_at is null)`,
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

/* Organisation settings */

export async function getSelfCheckSettings(db: DbOrTx, organisationId: string) {
  const [row] = await db
    .select()
    .from(selfCheckSettings)
    .where(eq(selfCheckSettings.organisationId, organisationId));
  return row ?? null;
}

export async function upsertSelfCheckSettings(
  db: DbOrTx,
  values: {
    organisationId: string;
    supportResources?: string | null;
    roleWords?: Record<string, string> | null;
  },
) {
  const { organisationId, ...set } = values;
  const [row] = await db
    .insert(selfCheckSettings)
    .values({ organisationId, ...set, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: selfCheckSettings.organisationId,
      set: { ...set, updatedAt: new Date() },
    })
    .returning();
  return row;
}

/* Reminders */

/** Records a reminder for one due date; false when one was already sent (never send twice). */
export async function recordReminderDelivery(
  db: DbOrTx,
  values: { userId: string; instrumentId: string; dueAt: Date },
): Promise<boolean> {
  const rows = await db
    .insert(reminderDeliveries)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: reminderDeliveries.id });
  return rows.length > 0;
}

/**
 * Everyone who takes self-checks (holds the clinician role anywhere), with what reminder
 * scheduling needs: zone, hours, cadences, last completion per instrument, and the due
 * dates already reminded.
 */
export async function listReminderCandidates(db: DbOrTx) {
  const rows = await db.execute<{
    user_id: string;
    email: string;
    name: string;
    time_zone: string;
    working_hours: WorkingHours;
    quiet_hours: QuietHours;
    created_at: string;
    last_completions: Record<string, string> | null;
    cadences: { instrumentId: string; everyDays: number; paused: boolean }[] | null;
  }>(sql`
    select u.id as user_id, u.email, u.name, u.time_zone, u.working_hours, u.quiet_hours, u.created_at,
      (select json_object_agg(r.instrument_id, r.last) from (
         select instrument_id, max(completed_at) as last from ${checkResponses}
         where user_id = u.id group by instrument_id) r) as last_completions,
      (select json_agg(json_build_object('instrumentId', c.instrument_id, 'everyDays', c.every_days, 'paused', c.paused))
         from ${checkCadences} c where c.user_id = u.id) as cadences
    from ${users} u
    where exists (select 1 from ${memberships} m where m.user_id = u.id and 'clinician' = any(m.roles))
  `);
  return rows.map((r) => ({
    userId: r.user_id,
    email: r.email,
    name: r.name,
    timeZone: r.time_zone,
    workingHours: r.working_hours,
    quietHours: r.quiet_hours,
    createdAt: new Date(r.created_at),
    lastCompletions: new Map(
      Object.entries(r.last_completions ?? {}).map(([k, v]) => [k, new Date(v)]),
    ),
    cadences: r.cadences ?? [],
  }));
}

export type ReminderCandidate = Awaited<ReturnType<typeof listReminderCandidates>>[number];
