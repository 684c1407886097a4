import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import type { FlagReason, GroupNoticeKind, PostState } from "@tend/groups";

import { createdAt, timestamptz } from "./_columns";
import { groupMeetings } from "./group-meetings";
import { peerGroups } from "./groups";
import { memberships } from "./organisation";

/**
 * A group's discussion: a thread is its opening post (with a title), replies name the thread.
 * The author is always stored; an anonymous post is shown as "a member", and only a
 * facilitator reviewing a reported post learns who wrote it. A post its author deletes keeps
 * its place in the thread, with its words erased.
 */
export const groupPosts = pgTable(
  "group_posts",
  {
    id: uuid().primaryKey().defaultRandom(),
    groupId: uuid().notNull(),
    organisationId: uuid().notNull(),
    /** The thread a reply belongs to; null for a thread's opening post. */
    threadId: uuid().references((): AnyPgColumn => groupPosts.id, { onDelete: "cascade" }),
    title: text(),
    body: text().notNull(),
    authorMembershipId: uuid().notNull(),
    anonymous: boolean().notNull().default(false),
    state: text().$type<PostState>().notNull().default("visible"),
    createdAt: createdAt(),
    editedAt: timestamptz(),
    deletedAt: timestamptz(),
    reviewedAt: timestamptz(),
    /** An opening post: when its thread last had a reply (threads are listed by it). */
    lastActivityAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.groupId, t.organisationId],
      foreignColumns: [peerGroups.id, peerGroups.organisationId],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.authorMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check("group_post_title", sql`(${t.threadId} is null) = (${t.title} is not null)`),
    check("group_post_state", sql`${t.state} in ('visible', 'hidden', 'removed')`),
    index()
      .on(t.groupId, t.lastActivityAt)
      .where(sql`${t.threadId} is null`),
    index().on(t.threadId, t.createdAt),
  ],
);

/**
 * A member's flag on a post, with its reason. Open until a facilitator reviews the post; who
 * flagged is kept for the once-per-member rule and never shown.
 */
export const groupPostFlags = pgTable(
  "group_post_flags",
  {
    id: uuid().primaryKey().defaultRandom(),
    postId: uuid()
      .notNull()
      .references(() => groupPosts.id, { onDelete: "cascade" }),
    flaggerMembershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    reason: text().$type<FlagReason>().notNull(),
    note: text().notNull().default(""),
    createdAt: createdAt(),
    resolvedAt: timestamptz(),
  },
  (t) => [
    unique("group_post_flags_once").on(t.postId, t.flaggerMembershipId),
    check(
      "group_post_flag_reason",
      sql`${t.reason} in ('confidentiality', 'unkind', 'worried', 'other')`,
    ),
    index()
      .on(t.postId)
      .where(sql`${t.resolvedAt} is null`),
  ],
);

/**
 * E-mails to a member about a group waiting to go out: the outcome of a review of their post,
 * a mute, or a meeting's reminder, change or cancellation. Sent by the worker outside the
 * recipient's quiet hours.
 */
export const groupNotices = pgTable(
  "group_notices",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    groupId: uuid().notNull(),
    recipientMembershipId: uuid().notNull(),
    kind: text().$type<GroupNoticeKind>().notNull(),
    /** The post a review concerns. */
    postId: uuid().references(() => groupPosts.id, { onDelete: "set null" }),
    /** A mute's end. */
    until: timestamptz(),
    /** A meeting's reminder, change or cancellation: the meeting and the occurrence's start. */
    meetingId: uuid().references(() => groupMeetings.id, { onDelete: "cascade" }),
    startsAt: timestamptz(),
    /** A moved occurrence's earlier start. */
    previousStart: timestamptz(),
    createdAt: createdAt(),
    sentAt: timestamptz(),
  },
  (t) => [
    foreignKey({
      columns: [t.groupId, t.organisationId],
      foreignColumns: [peerGroups.id, peerGroups.organisationId],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.recipientMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check(
      "group_notice_kind",
      sql`${t.kind} in ('post-restored', 'post-removed', 'muted', 'meeting-reminder', 'meeting-changed', 'meeting-cancelled')`,
    ),
    index()
      .on(t.createdAt)
      .where(sql`${t.sentAt} is null`),
    // One reminder per member and occurrence, however often the worker looks.
    uniqueIndex("group_notices_one_reminder")
      .on(t.recipientMembershipId, t.meetingId, t.startsAt)
      .where(sql`${t.kind} = 'meeting-reminder'`),
  ],
);
