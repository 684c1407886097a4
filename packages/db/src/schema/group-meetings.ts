import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";

import type { RsvpResponse } from "@tend/groups";

import { createdAt, timestamptz } from "./_columns";
import { peerGroups } from "./groups";
import { memberships } from "./organisation";

/**
 * A group's meeting: one-off (no rule) or recurring (an RRULE on the wall clock of its time
 * zone, evaluated by `@tend/scheduling`). Occurrences are worked out, not stored; a moved or
 * cancelled occurrence is a change row. `sequence` rises with every change, for calendar apps.
 */
export const groupMeetings = pgTable(
  "group_meetings",
  {
    id: uuid().primaryKey().defaultRandom(),
    groupId: uuid().notNull(),
    organisationId: uuid().notNull(),
    title: text().notNull(),
    /** e.g. "FREQ=WEEKLY;BYDAY=TH"; null for a one-off meeting. */
    rule: text(),
    firstStart: timestamptz().notNull(),
    durationMinutes: integer().notNull(),
    timeZone: text().notNull(),
    place: text().notNull().default(""),
    link: text().notNull().default(""),
    createdByMembershipId: uuid().notNull(),
    sequence: integer().notNull().default(0),
    /** The whole meeting (every occurrence) was cancelled. */
    cancelledAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.groupId, t.organisationId],
      foreignColumns: [peerGroups.id, peerGroups.organisationId],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.createdByMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check("group_meeting_duration", sql`${t.durationMinutes} between 15 and 480`),
    index().on(t.groupId),
  ],
);

/** One occurrence moved (`movedTo`) or cancelled (null), keyed by the start it has in the series. */
export const groupMeetingChanges = pgTable(
  "group_meeting_changes",
  {
    meetingId: uuid()
      .notNull()
      .references(() => groupMeetings.id, { onDelete: "cascade" }),
    originalStart: timestamptz().notNull(),
    movedTo: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.originalStart] })],
);

/**
 * A member's answer: for one occurrence (`occurrenceStart`, its start in the series) or, with
 * null, for the whole series; an occurrence's answer wins over the series'.
 */
export const groupMeetingRsvps = pgTable(
  "group_meeting_rsvps",
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => groupMeetings.id, { onDelete: "cascade" }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    occurrenceStart: timestamptz(),
    response: text().$type<RsvpResponse>().notNull(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    unique("group_meeting_rsvps_once")
      .on(t.meetingId, t.membershipId, t.occurrenceStart)
      .nullsNotDistinct(),
    check("group_meeting_rsvp_response", sql`${t.response} in ('going', 'not-going')`),
  ],
);

/** Who has answered an occurrence's evaluation (so that nobody answers twice), never what. */
export const groupMeetingEvaluationReceipts = pgTable(
  "group_meeting_evaluation_receipts",
  {
    meetingId: uuid()
      .notNull()
      .references(() => groupMeetings.id, { onDelete: "cascade" }),
    occurrenceStart: timestamptz().notNull(),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.occurrenceStart, t.membershipId] })],
);

/**
 * An anonymous evaluation of one occurrence: no member, no time, a random id, so that it
 * cannot be joined back to the receipt written with it.
 */
export const groupMeetingEvaluations = pgTable(
  "group_meeting_evaluations",
  {
    id: uuid().primaryKey().defaultRandom(),
    meetingId: uuid()
      .notNull()
      .references(() => groupMeetings.id, { onDelete: "cascade" }),
    occurrenceStart: timestamptz().notNull(),
    helpful: integer().notNull(),
    safe: integer().notNull(),
    comment: text().notNull().default(""),
  },
  (t) => [
    check("group_meeting_evaluation_helpful", sql`${t.helpful} between 1 and 5`),
    check("group_meeting_evaluation_safe", sql`${t.safe} between 1 and 5`),
    index().on(t.meetingId, t.occurrenceStart),
  ],
);
