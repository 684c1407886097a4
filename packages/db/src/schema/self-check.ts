import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import type { ScoreResult } from "@tend/instruments";

import { createdAt, timestamptz } from "./_columns";
import { users } from "./identity";
import { memberships, organisations } from "./organisation";

/**
 * One completed self-check: the answers, the scores computed at submission and the
 * instrument version they were computed with. Rows are never rescored, so a later revision
 * of an instrument leaves stored results as they were. Readable only by their owner.
 */
export const checkResponses = pgTable(
  "check_responses",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The organisation the person belonged to when they took the check (for anonymous reports). */
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    instrumentId: text().notNull(),
    instrumentVersion: text().notNull(),
    answers: jsonb().$type<Record<string, number>>().notNull(),
    result: jsonb().$type<ScoreResult>().notNull(),
    completedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    index().on(t.userId, t.instrumentId, t.completedAt),
    index().on(t.organisationId, t.instrumentId, t.completedAt),
  ],
);

/**
 * Consent to let one supervisor see one result. Revoking sets `revokedAt`; access ends at once
 * because every read checks for an unrevoked row.
 */
export const resultShares = pgTable(
  "result_shares",
  {
    id: uuid().primaryKey().defaultRandom(),
    responseId: uuid()
      .notNull()
      .references(() => checkResponses.id, { onDelete: "cascade" }),
    ownerUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    supervisorMembershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    note: text().notNull().default(""),
    sharedAt: createdAt(),
    revokedAt: timestamptz(),
  },
  (t) => [
    uniqueIndex("result_shares_active_idx")
      .on(t.responseId, t.supervisorMembershipId)
      .where(sql`${t.revokedAt} is null`),
    index().on(t.supervisorMembershipId),
    // The owner's own shares, newest first (`/shares`), and their sharing trail.
    index().on(t.ownerUserId, t.sharedAt),
  ],
);

/** How often a person wants each check; absent rows mean the instrument's default cadence. */
export const checkCadences = pgTable(
  "check_cadences",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    instrumentId: text().notNull(),
    everyDays: integer().notNull(),
    paused: boolean().notNull().default(false),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.instrumentId] }),
    check("check_cadences_every_days", sql`${t.everyDays} between 1 and 365`),
  ],
);

/** Reminder emails sent, one per person, instrument and due date: the worker never sends twice. */
export const reminderDeliveries = pgTable(
  "reminder_deliveries",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    instrumentId: text().notNull(),
    dueAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    sentAt: createdAt(),
  },
  (t) => [unique().on(t.userId, t.instrumentId, t.dueAt)],
);

/**
 * When each person's reminding checks are next due, and from when each reminder may go: worked
 * out by the reminder scan (`sendDueReminders` in packages/services) whenever what they depend
 * on changes, so that a scan reads only the reminders whose moment has come. One row per person
 * and check that reminds; none for a paused check or a person without the clinician role.
 */
export const reminderSchedules = pgTable(
  "reminder_schedules",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    instrumentId: text().notNull(),
    /** When the check is next due (`nextDueAt` of the effective cadence). */
    dueAt: timestamptz().notNull(),
    /** The first moment its reminder may go (`preferredSendTime` of `dueAt`); null once it went. */
    remindAt: timestamptz(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.instrumentId] }),
    index("reminder_schedules_remind_at_idx")
      .on(t.remindAt)
      .where(sql`${t.remindAt} is not null`),
  ],
);

/**
 * People whose reminder schedule must be worked out again. Triggers (migration 0010) queue a
 * person whenever their responses, cadences, time zone, hours or clinician role change; the
 * scan works them out and takes them off. No foreign key: a person deleted meanwhile is simply
 * worked out to no schedule.
 */
export const reminderScheduleQueue = pgTable("reminder_schedule_queue", {
  userId: uuid().primaryKey(),
  /** Raised by every change, so that one made while the scan works the person out is not lost. */
  version: integer().notNull().default(1),
});

/**
 * The cadence policy the stored schedules were worked out under (one row): when the code's
 * policy differs, the scan queues everyone and records the new one.
 */
export const reminderSchedulePolicy = pgTable(
  "reminder_schedule_policy",
  {
    id: boolean().primaryKey().default(true),
    fingerprint: text().notNull(),
    adoptedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [check("reminder_schedule_policy_one_row", sql`${t.id}`)],
);

/** An organisation's self-check settings, edited by its admins. */
export const selfCheckSettings = pgTable("self_check_settings", {
  organisationId: uuid()
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  /** Shown calmly on results that suggest high strain; null means the default text. */
  supportResources: text(),
  /** ProQOL's bracketed words for this organisation, e.g. { helper: "counsellor" }. */
  roleWords: jsonb().$type<Record<string, string>>(),
  updatedAt: timestamptz().notNull().defaultNow(),
});
