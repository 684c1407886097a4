import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";

import type { GroupFormat, GroupRole, GroupVisibility, MemberStatus } from "@tend/groups";

import { createdAt, timestamptz } from "./_columns";
import { memberships, organisations } from "./organisation";

/**
 * A peer support group of an organisation: its frame (format, visibility, member limit) and its
 * confidentiality agreement, whose version rises with every change so that members accept it
 * again. Joining locks this row, so the limit holds however many join at once.
 */
export const peerGroups = pgTable(
  "peer_groups",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    purpose: text().notNull().default(""),
    format: text().$type<GroupFormat>().notNull(),
    visibility: text().$type<GroupVisibility>().notNull(),
    memberLimit: integer().notNull().default(10),
    agreement: text().notNull(),
    agreementVersion: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
    /** Set by an admin: the group takes nobody new and leaves the directory; its rows are kept. */
    archivedAt: timestamptz(),
  },
  (t) => [
    unique("peer_groups_id_org_unique").on(t.id, t.organisationId),
    index().on(t.organisationId, t.name),
    check(
      "peer_group_format",
      sql`${t.format} in ('peer-support', 'balint', 'schwartz-round', 'other')`,
    ),
    check("peer_group_visibility", sql`${t.visibility} in ('open', 'request', 'invite-only')`),
    check("peer_group_member_limit", sql`${t.memberLimit} between 2 and 50`),
    check("peer_group_agreement_version", sql`${t.agreementVersion} >= 1`),
  ],
);

/**
 * A person's standing in a group, one row per group and member, kept when they leave or are
 * removed (so that removal sticks and their posts stay "a former member"'s). `pledgeVersion` is
 * the agreement version they accepted, when.
 */
export const groupMembers = pgTable(
  "group_members",
  {
    id: uuid().primaryKey().defaultRandom(),
    groupId: uuid().notNull(),
    organisationId: uuid().notNull(),
    membershipId: uuid().notNull(),
    role: text().$type<GroupRole>().notNull().default("member"),
    status: text().$type<MemberStatus>().notNull(),
    pledgeVersion: integer(),
    pledgedAt: timestamptz(),
    /** Who invited them, or admitted their request. */
    decidedByMembershipId: uuid(),
    joinedAt: timestamptz(),
    endedAt: timestamptz(),
    /** Set by a facilitator: until then the member reads the discussion but cannot post. */
    mutedUntil: timestamptz(),
    createdAt: createdAt(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    unique("group_members_once").on(t.groupId, t.membershipId),
    index().on(t.membershipId, t.status),
    index().on(t.groupId, t.status),
    foreignKey({
      columns: [t.groupId, t.organisationId],
      foreignColumns: [peerGroups.id, peerGroups.organisationId],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.membershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check("group_member_role", sql`${t.role} in ('facilitator', 'co-facilitator', 'member')`),
    check(
      "group_member_status",
      sql`${t.status} in ('active', 'requested', 'invited', 'declined', 'left', 'removed')`,
    ),
  ],
);
