/**
 * A supervisor's offer: weekly schedules in a time zone with date overrides, the session types
 * booked on them, and one-off group case discussions.
 */
import type { Db } from "@tend/db";
import type { ScheduleValues, SessionTypeValues } from "@tend/db/queries";
import type { SessionFormat } from "@tend/db/schema";
import {
  insertGroupSession,
  insertSchedule,
  listSchedulesWithTypes,
  saveSessionType,
  updateSchedule,
} from "@tend/db/queries";
import { availableSlots, isValidTimeZone } from "@tend/scheduling";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";

/** The actor's schedules with their session types. */
export function getMyAvailability(db: Db, actor: MemberActor) {
  return listSchedulesWithTypes(db, {
    organisationId: actor.membership.organisationId,
    supervisorMembershipId: actor.membership.membershipId,
  });
}

function checkSchedule(values: ScheduleValues): void {
  if (!isValidTimeZone(values.timeZone))
    throw new DomainError("INVALID", "Choose a time zone from the list.", {
      timeZone: ["Choose a time zone from the list."],
    });
  try {
    // The slot logic is the judge of a schedule: one day of it must compute.
    const from = new Date();
    availableSlots({
      schedule: values,
      rules: { durationMinutes: 30 },
      from,
      to: new Date(from.getTime() + 86_400_000),
      now: from,
      sessions: [],
    });
  } catch (error) {
    if (error instanceof RangeError) throw new DomainError("INVALID", error.message);
    throw error;
  }
}

/** Creates (no `scheduleId`) or changes one of the actor's schedules. */
export async function saveSchedule(
  db: Db,
  actor: MemberActor,
  input: ScheduleValues & { scheduleId?: string },
): Promise<{ id: string }> {
  const { scheduleId, ...values } = input;
  checkSchedule(values);
  const owner = {
    organisationId: actor.membership.organisationId,
    supervisorMembershipId: actor.membership.membershipId,
  };
  if (!scheduleId) return insertSchedule(db, { ...owner, ...values });
  if (!(await updateSchedule(db, { ...owner, scheduleId, ...values })))
    throw new DomainError("NOT_FOUND", "That schedule does not exist.");
  return { id: scheduleId };
}

/** Creates (no `sessionTypeId`) or changes a session type on one of the actor's schedules. */
export async function saveMySessionType(
  db: Db,
  actor: MemberActor,
  input: SessionTypeValues & { sessionTypeId?: string },
): Promise<{ id: string }> {
  if (input.kind === "individual" && input.seatLimit !== 1)
    throw new DomainError("INVALID", "Individual supervision has one seat.", {
      seatLimit: ["Individual supervision has one seat."],
    });
  const saved = await saveSessionType(db, {
    organisationId: actor.membership.organisationId,
    supervisorMembershipId: actor.membership.membershipId,
    ...input,
    maxPerDay: input.maxPerDay,
  });
  if (!saved) throw new DomainError("NOT_FOUND", "That schedule or session type does not exist.");
  return saved;
}

/** A one-off group case discussion run by the actor, with a seat limit. */
export async function createGroupSession(
  db: Db,
  actor: MemberActor,
  input: {
    title: string;
    startsAt: Date;
    durationMinutes: number;
    seatLimit: number;
    format: SessionFormat;
  },
  now: Date = new Date(),
): Promise<{ sessionId: string }> {
  if (input.startsAt.getTime() <= now.getTime())
    throw new DomainError("INVALID", "Choose a time in the future.", {
      startsAt: ["Choose a time in the future."],
    });
  const outcome = await insertGroupSession(db, {
    organisationId: actor.membership.organisationId,
    supervisorMembershipId: actor.membership.membershipId,
    title: input.title,
    startsAt: input.startsAt,
    endsAt: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
    seatLimit: input.seatLimit,
    format: input.format,
  });
  if (!outcome.ok) throw new DomainError("CONFLICT", "You already have a session at that time.");
  return outcome.value;
}
