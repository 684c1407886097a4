import { and, asc, eq, inArray } from "drizzle-orm";

import type { DateOverride, WeeklyWindow } from "@tend/scheduling";

import type { DbOrTx } from "../../client";
import type { SessionKind } from "../../schema";
import { availabilitySchedules, memberships, sessionTypes, users } from "../../schema";

/** A supervisor's schedules, each with its session types (active or not), oldest first. */
export async function listSchedulesWithTypes(
  db: DbOrTx,
  params: { organisationId: string; supervisorMembershipId: string },
) {
  const scope = and(
    eq(availabilitySchedules.organisationId, params.organisationId),
    eq(availabilitySchedules.supervisorMembershipId, params.supervisorMembershipId),
  );
  const [schedules, types] = await Promise.all([
    db
      .select({
        id: availabilitySchedules.id,
        name: availabilitySchedules.name,
        timeZone: availabilitySchedules.timeZone,
        weekly: availabilitySchedules.weekly,
        overrides: availabilitySchedules.overrides,
      })
      .from(availabilitySchedules)
      .where(scope)
      .orderBy(asc(availabilitySchedules.createdAt)),
    db
      .select()
      .from(sessionTypes)
      .where(
        and(
          eq(sessionTypes.organisationId, params.organisationId),
          eq(sessionTypes.supervisorMembershipId, params.supervisorMembershipId),
        ),
      )
      .orderBy(asc(sessionTypes.createdAt)),
  ]);
  return schedules.map((s) => ({ ...s, types: types.filter((t) => t.scheduleId === s.id) }));
}

export interface ScheduleValues {
  name: string;
  timeZone: string;
  weekly: WeeklyWindow[];
  overrides: DateOverride[];
}

/** Creates a schedule for a supervisor. */
export async function insertSchedule(
  db: DbOrTx,
  params: { organisationId: string; supervisorMembershipId: string } & ScheduleValues,
): Promise<{ id: string }> {
  const [row] = await db
    .insert(availabilitySchedules)
    .values(params)
    .returning({ id: availabilitySchedules.id });
  if (!row) throw new Error("The schedule was not created");
  return row;
}

/** Changes one of the supervisor's own schedules; false when they have no such schedule. */
export async function updateSchedule(
  db: DbOrTx,
  params: {
    organisationId: string;
    supervisorMembershipId: string;
    scheduleId: string;
  } & ScheduleValues,
): Promise<boolean> {
  const { organisationId, supervisorMembershipId, scheduleId, ...values } = params;
  const rows = await db
    .update(availabilitySchedules)
    .set({ ...values, updatedAt: new Date() })
    .where(
      and(
        eq(availabilitySchedules.id, scheduleId),
        eq(availabilitySchedules.organisationId, organisationId),
        eq(availabilitySchedules.supervisorMembershipId, supervisorMembershipId),
      ),
    )
    .returning({ id: availabilitySchedules.id });
  return rows.length === 1;
}

export interface SessionTypeValues {
  scheduleId: string;
  kind: SessionKind;
  name: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  maxPerDay: number | null;
  seatLimit: number;
  cancellationWindowMinutes: number;
  active: boolean;
}

/**
 * Creates (no `sessionTypeId`) or changes one of the supervisor's session types, on one of their
 * own schedules; null when the schedule or the type is not theirs.
 */
export async function saveSessionType(
  db: DbOrTx,
  params: {
    organisationId: string;
    supervisorMembershipId: string;
    sessionTypeId?: string;
  } & SessionTypeValues,
): Promise<{ id: string } | null> {
  const { organisationId, supervisorMembershipId, sessionTypeId, ...values } = params;
  const [schedule] = await db
    .select({ id: availabilitySchedules.id })
    .from(availabilitySchedules)
    .where(
      and(
        eq(availabilitySchedules.id, values.scheduleId),
        eq(availabilitySchedules.organisationId, organisationId),
        eq(availabilitySchedules.supervisorMembershipId, supervisorMembershipId),
      ),
    );
  if (!schedule) return null;
  if (!sessionTypeId) {
    const [row] = await db
      .insert(sessionTypes)
      .values({ organisationId, supervisorMembershipId, ...values })
      .returning({ id: sessionTypes.id });
    return row ?? null;
  }
  const [row] = await db
    .update(sessionTypes)
    .set(values)
    .where(
      and(
        eq(sessionTypes.id, sessionTypeId),
        eq(sessionTypes.organisationId, organisationId),
        eq(sessionTypes.supervisorMembershipId, supervisorMembershipId),
      ),
    )
    .returning({ id: sessionTypes.id });
  return row ?? null;
}

/** The active session types offered by these supervisors (of one organisation), with their names. */
export async function listOfferedSessionTypes(
  db: DbOrTx,
  params: { organisationId: string; supervisorMembershipIds: string[] },
) {
  if (params.supervisorMembershipIds.length === 0) return [];
  return db
    .select({
      id: sessionTypes.id,
      kind: sessionTypes.kind,
      name: sessionTypes.name,
      durationMinutes: sessionTypes.durationMinutes,
      cancellationWindowMinutes: sessionTypes.cancellationWindowMinutes,
      supervisorMembershipId: sessionTypes.supervisorMembershipId,
      supervisorName: users.name,
      timeZone: availabilitySchedules.timeZone,
    })
    .from(sessionTypes)
    .innerJoin(availabilitySchedules, eq(availabilitySchedules.id, sessionTypes.scheduleId))
    .innerJoin(memberships, eq(memberships.id, sessionTypes.supervisorMembershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(sessionTypes.organisationId, params.organisationId),
        inArray(sessionTypes.supervisorMembershipId, params.supervisorMembershipIds),
        eq(sessionTypes.active, true),
      ),
    )
    .orderBy(asc(users.name), asc(sessionTypes.name));
}
