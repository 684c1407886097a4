import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
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
import type {
  Attendance,
  BoardRule,
  HourStatus,
  NoteVisibility,
  NoticeKind,
  ParticipantStatus,
  SessionFormat,
  SessionKind,
} from "@tend/supervision";

import { createdAt, timestamptz } from "./_columns";
import { memberships, organisations } from "./organisation";

export type {
  Attendance,
  HourStatus,
  NoteVisibility,
  NoticeKind,
  ParticipantStatus,
  SessionFormat,
  SessionKind,
} from "@tend/supervision";

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
 * A recurring series (an RRULE on the supervisor's wall clock, see `seriesOccurrences` in
 * @tend/scheduling). Its occurrences are stored as sessions ahead of time, up to
 * `materialisedUntil`, so the exclusion constraint, seats, agendas and attendance apply to each;
 * a moved or cancelled occurrence is its session row, changed, keeping its `originalStart`.
 * Changing the rest of a series from a date on ends this rule there and starts a new series.
 */
export const sessionSeries = pgTable(
  "session_series",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    supervisorMembershipId: uuid().notNull(),
    kind: text().$type<SessionKind>().notNull(),
    title: text(),
    /** The RRULE without DTSTART, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU". */
    rule: text().notNull(),
    firstStart: timestamptz().notNull(),
    timeZone: text().notNull(),
    durationMinutes: integer().notNull(),
    seatLimit: integer().notNull().default(1),
    format: text().$type<SessionFormat>().notNull().default("video"),
    /** Individual series: the supervisee seated in every occurrence. */
    participantMembershipId: uuid(),
    /** Occurrences starting before this are stored as sessions. */
    materialisedUntil: timestamptz().notNull(),
    /** Set when the series was ended (no further occurrences are stored). */
    endedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.supervisorMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.participantMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check("session_series_kind", sql`${t.kind} in ('individual', 'group')`),
    check(
      "session_series_participant",
      sql`(${t.kind} = 'individual') = (${t.participantMembershipId} is not null)`,
    ),
    index().on(t.supervisorMembershipId),
    index()
      .on(t.materialisedUntil)
      .where(sql`${t.endedAt} is null`),
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
    format: text().$type<SessionFormat>().notNull().default("video"),
    /** Its series, and the start it has there (kept when this occurrence is moved). */
    seriesId: uuid().references(() => sessionSeries.id, { onDelete: "set null" }),
    originalStart: timestamptz(),
    cancelledAt: timestamptz(),
    cancellationReason: text(),
    /** Raised on every change of time or status, so calendar apps replace their copy. */
    sequence: integer().notNull().default(0),
    /** Reminders and attendance: when the reminder went, when attendance was recorded. */
    reminderSentAt: timestamptz(),
    attendanceRecordedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.supervisorMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    uniqueIndex("supervision_session_occurrence_idx")
      .on(t.seriesId, t.originalStart)
      .where(sql`${t.seriesId} is not null`),
    index()
      .on(t.startsAt)
      .where(sql`${t.cancelledAt} is null and ${t.reminderSentAt} is null`),
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
    /** Recorded by the supervisor after the session. */
    attendance: text().$type<Attendance>(),
  },
  (t) => [
    foreignKey({
      columns: [t.membershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check("session_participant_status", sql`${t.status} in ('seated', 'waitlisted', 'cancelled')`),
    check("session_participant_attendance", sql`${t.attendance} in ('attended', 'absent')`),
    uniqueIndex("session_participant_once_idx")
      .on(t.sessionId, t.membershipId)
      .where(sql`${t.status} <> 'cancelled'`),
    index().on(t.sessionId, t.status, t.joinedAt),
    index().on(t.membershipId, t.startsAt),
    // The team report's supervision coverage reads an organisation's seats by time.
    index().on(t.organisationId, t.startsAt),
  ],
);

/**
 * A case a participant brings to a session: a title, a de-identified summary and the help
 * they want. Visible to the session's participants and its supervisor only. `identifiersConfirmed`
 * records that the author saved it although the de-identification guard warned.
 */
export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => supervisionSessions.id, { onDelete: "cascade" }),
    organisationId: uuid().notNull(),
    authorMembershipId: uuid().notNull(),
    title: text().notNull(),
    summary: text().notNull().default(""),
    helpWanted: text().notNull().default(""),
    identifiersConfirmed: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.authorMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    index().on(t.sessionId, t.createdAt),
  ],
);

/** A supervisor's note on a session: private to them, or shared with its participants (chosen per note). */
export const sessionNotes = pgTable(
  "session_notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    sessionId: uuid()
      .notNull()
      .references(() => supervisionSessions.id, { onDelete: "cascade" }),
    organisationId: uuid().notNull(),
    authorMembershipId: uuid().notNull(),
    body: text().notNull(),
    visibility: text().$type<NoteVisibility>().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.authorMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check("session_note_visibility", sql`${t.visibility} in ('private', 'shared')`),
    index().on(t.sessionId, t.createdAt),
  ],
);

/**
 * Supervision hours for a licensing board: created when a supervisor records attendance, or
 * added by hand for supervision outside the app. The supervisor approves (signs) or returns
 * them with a comment; an approved entry cannot be changed or deleted (a trigger in migration
 * 0015 refuses it) and the signature is an audit event.
 */
export const hourEntries = pgTable(
  "hour_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    superviseeMembershipId: uuid().notNull(),
    supervisorMembershipId: uuid().notNull(),
    sessionId: uuid().references(() => supervisionSessions.id, { onDelete: "set null" }),
    kind: text().$type<SessionKind>().notNull(),
    date: date({ mode: "string" }).notNull(),
    minutes: integer().notNull(),
    format: text().$type<SessionFormat>().notNull().default("video"),
    topic: text().notNull().default(""),
    status: text().$type<HourStatus>().notNull().default("pending"),
    returnComment: text(),
    signedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.superviseeMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.supervisorMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check("hour_entry_kind", sql`${t.kind} in ('individual', 'group')`),
    check("hour_entry_minutes", sql`${t.minutes} between 5 and 600`),
    check("hour_entry_status", sql`${t.status} in ('pending', 'approved', 'returned')`),
    check("hour_entry_signed", sql`(${t.status} = 'approved') = (${t.signedAt} is not null)`),
    uniqueIndex("hour_entry_per_session_idx")
      .on(t.sessionId, t.superviseeMembershipId)
      .where(sql`${t.sessionId} is not null`),
    index().on(t.superviseeMembershipId, t.date),
    index().on(t.supervisorMembershipId, t.status),
    // The team report reads an organisation's entries by date (hours, coverage) and by when
    // they were logged (cosigning).
    index().on(t.organisationId, t.date),
    index().on(t.organisationId, t.createdAt),
  ],
);

/** An organisation's licensing-board rule for counting supervision hours (`summariseHours`). */
export const supervisionSettings = pgTable("supervision_settings", {
  organisationId: uuid()
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  boardRule: jsonb().$type<BoardRule>().notNull().default({}),
  boardRuleName: text().notNull().default(""),
  updatedAt: timestamptz().notNull().defaultNow(),
});

/**
 * A person's private calendar feed: only a SHA-256 hash of the long random token in its URL is
 * stored. Regenerating replaces the row; revoking deletes it.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    membershipId: uuid().primaryKey(),
    organisationId: uuid().notNull(),
    tokenHash: text().notNull(),
    createdAt: createdAt(),
    lastReadAt: timestamptz(),
  },
  (t) => [
    foreignKey({
      columns: [t.membershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    uniqueIndex("calendar_feed_token_idx").on(t.tokenHash),
  ],
);

/**
 * E-mails about sessions waiting to go out (an outbox the worker empties): a booking, a change,
 * a cancellation, a waitlist promotion, or a reminder. Queued in the same request as the change,
 * sent by `sendSupervisionNotices` outside the recipient's quiet hours (a same-day change
 * excepted).
 */
export const supervisionNotices = pgTable(
  "supervision_notices",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    sessionId: uuid()
      .notNull()
      .references(() => supervisionSessions.id, { onDelete: "cascade" }),
    recipientMembershipId: uuid().notNull(),
    kind: text().$type<NoticeKind>().notNull(),
    reason: text(),
    previousStart: timestamptz(),
    createdAt: createdAt(),
    sentAt: timestamptz(),
  },
  (t) => [
    foreignKey({
      columns: [t.recipientMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check(
      "supervision_notice_kind",
      sql`${t.kind} in ('booked', 'changed', 'cancelled', 'promoted', 'reminder')`,
    ),
    index()
      .on(t.createdAt)
      .where(sql`${t.sentAt} is null`),
    index().on(t.sessionId),
  ],
);
