import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import type { DateOverride, WeeklyWindow } from "@tend/scheduling";

import { createdAt, timestamptz } from "./_columns";
import { memberships, organisations } from "./organisation";

export const SESSION_KINDS = ["individual", "group"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const PARTICIPANT_STATUSES = ["seated", "waitlisted", "cancelled"] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/**
 * When a supervisor offers time: weekly windows on their own clock in one IANA time zone, and
 * date overrides (days off, extra hours). Read by `availableSlots` in @tend/scheduling.
 */
export const availabilitySchedules = pgTable(
  "availability_schedules",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    supervisorMembershipId: uuid().notNull(),
    name: text().notNull(),
    timeZone: text().notNull(),
    weekly: jsonb().$type<WeeklyWindow[]>().notNull().default([]),
    overrides: jsonb().$type<DateOverride[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.supervisorMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    index().on(t.supervisorMembershipId),
  ],
);

/**
 * What a supervisor offers on a schedule: individual supervision or a group case discussion,
 * its length and the rules around it (minutes), and the window in which a booking may still
 * be cancelled or moved.
 */
export const sessionTypes = pgTable(
  "session_types",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    supervisorMembershipId: uuid().notNull(),
    scheduleId: uuid()
      .notNull()
      .references(() => availabilitySchedules.id, { onDelete: "cascade" }),
    kind: text().$type<SessionKind>().notNull(),
    name: text().notNull(),
    durationMinutes: integer().notNull(),
    bufferBeforeMinutes: integer().notNull().default(0),
    bufferAfterMinutes: integer().notNull().default(0),
    minimumNoticeMinutes: integer().notNull().default(0),
    maxPerDay: integer(),
    startEveryMinutes: integer(),
    seatLimit: integer().notNull().default(1),
    cancellationWindowMinutes: integer()
      .notNull()
      .default(24 * 60),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.supervisorMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check("session_type_kind", sql`${t.kind} in ('individual', 'group')`),
    check("session_type_duration", sql`${t.durationMinutes} between 5 and 480`),
    check(
      "session_type_seats",
      sql`${t.seatLimit} between 1 and 50 and (${t.kind} = 'group' or ${t.seatLimit} = 1)`,
    ),
    index().on(t.supervisorMembershipId),
  ],
);

/**
 * A supervision session or group case discussion at a set time, run by one supervisor.
 * The database makes a supervisor's scheduled sessions unable to overlap: an exclusion
 * constraint over (supervisor, time range) in migration 0012 (`btree_gist`), so two bookings
 * racing for one slot cannot both succeed, whatever the application does.
 */
export const supervisionSessions = pgTable(
  "supervision_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    supervisorMembershipId: uuid().notNull(),
    /** The session type it was booked as; null for sessions made without one. */
    sessionTypeId: uuid().references(() => sessionTypes.id, { onDelete: "set null" }),
    kind: text().$type<SessionKind>().notNull(),
    /** A group's name ("Thursday case discussion"); null for individual supervision. */
    title: text(),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    /** Seats for participants: 1 for individual supervision. */
    seatLimit: integer().notNull().default(1),
    cancelledAt: timestamptz(),
    cancellationReason: text(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.supervisorMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check("supervision_session_kind", sql`${t.kind} in ('individual', 'group')`),
    check("supervision_session_time", sql`${t.endsAt} > ${t.startsAt}`),
    check(
      "supervision_session_seats",
      sql`${t.seatLimit} between 1 and 50 and (${t.kind} = 'group' or ${t.seatLimit} = 1)`,
    ),
    index().on(t.organisationId, t.startsAt),
    index().on(t.supervisorMembershipId, t.startsAt),
  ],
);

/**
 * A person's place in a session: seated, on the waitlist (in `joinedAt` order, stamped while
 * the session row is locked), or cancelled. The session's times are copied here so that an
 * exclusion constraint (migration 0012) keeps one person from holding two overlapping seats.
 */
export const sessionParticipants = pgTable(
  "session_participants",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => supervisionSessions.id, { onDelete: "cascade" }),
    organisationId: uuid().notNull(),
    membershipId: uuid().notNull(),
    status: text().$type<ParticipantStatus>().notNull(),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    joinedAt: timestamptz()
      .notNull()
      .default(sql`clock_timestamp()`),
    seatedAt: timestamptz(),
    cancelledAt: timestamptz(),
    cancellationReason: text(),
  },
  (t) => [
    foreignKey({
      columns: [t.membershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check("session_participant_status", sql`${t.status} in ('seated', 'waitlisted', 'cancelled')`),
    uniqueIndex("session_participant_once_idx")
      .on(t.sessionId, t.membershipId)
      .where(sql`${t.status} <> 'cancelled'`),
    index().on(t.sessionId, t.status, t.joinedAt),
    index().on(t.membershipId, t.startsAt),
  ],
);
