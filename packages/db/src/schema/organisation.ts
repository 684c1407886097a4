import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { createdAt, timestamptz } from "./_columns";
import { users } from "./identity";

export const ROLES = ["clinician", "supervisor", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const memberRole = pgEnum("member_role", ROLES);

export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    slug: text().notNull().unique(),
    /** Default time zone for the organisation's schedules and reports, and for new members. */
    timeZone: text().notNull().default("UTC"),
    /**
     * k: a report figure stands for at least this many respondents (DESIGN.md, report
     * suppression). An organisation may raise it, never below 5; the database holds that too.
     */
    reportThreshold: integer().notNull().default(5),
    createdAt: createdAt(),
  },
  (t) => [check("organisations_report_threshold_min", sql`${t.reportThreshold} >= 5`)],
);

/** A person's place in one organisation; a member may hold several roles. */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    roles: memberRole().array().notNull(),
    title: text(),
    createdAt: createdAt(),
    /**
     * Set when an admin deactivates the member: they no longer belong to the organisation for
     * any request or report, cannot sign in to it, and everything they recorded is kept.
     */
    deactivatedAt: timestamptz(),
  },
  (t) => [
    unique().on(t.organisationId, t.userId),
    // Target of composite foreign keys that keep team and supervision rows inside one organisation.
    unique("memberships_id_org_unique").on(t.id, t.organisationId),
    index().on(t.userId),
    check("memberships_roles_not_empty", sql`cardinality(${t.roles}) > 0`),
  ],
);

export const teams = pgTable(
  "teams",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    /**
     * How many members the team has, kept by triggers on `team_members` (migration 0008), so
     * that listing teams reads one row per team instead of counting every member.
     */
    memberCount: integer().notNull().default(0),
    createdAt: createdAt(),
    /** An archived team keeps its members and history but is offered nowhere and not reported on. */
    archivedAt: timestamptz(),
  },
  (t) => [
    unique().on(t.organisationId, t.name),
    unique("teams_id_org_unique").on(t.id, t.organisationId),
    check("teams_member_count_not_negative", sql`${t.memberCount} >= 0`),
  ],
);

export const teamMembers = pgTable(
  "team_members",
  {
    organisationId: uuid().notNull(),
    teamId: uuid().notNull(),
    membershipId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.membershipId] }),
    foreignKey({
      columns: [t.teamId, t.organisationId],
      foreignColumns: [teams.id, teams.organisationId],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.membershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    index().on(t.membershipId),
    // One organisation's team memberships, for its people list, without reading other tenants'.
    index().on(t.organisationId, t.membershipId),
  ],
);

/** Supervisor ↔ supervisee within one organisation. `endedAt` closes a relationship without losing history. */
export const supervisionRelationships = pgTable(
  "supervision_relationships",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().notNull(),
    supervisorMembershipId: uuid().notNull(),
    superviseeMembershipId: uuid().notNull(),
    startedAt: timestamptz().notNull().defaultNow(),
    endedAt: timestamptz(),
  },
  (t) => [
    foreignKey({
      columns: [t.supervisorMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.superviseeMembershipId, t.organisationId],
      foreignColumns: [memberships.id, memberships.organisationId],
    }).onDelete("cascade"),
    check("supervision_not_self", sql`${t.supervisorMembershipId} <> ${t.superviseeMembershipId}`),
    uniqueIndex("supervision_active_pair_idx")
      .on(t.supervisorMembershipId, t.superviseeMembershipId)
      .where(sql`${t.endedAt} is null`),
    index().on(t.superviseeMembershipId),
  ],
);

/** An invitation to join an organisation. Only a SHA-256 hash of the token is stored. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text().notNull(),
    name: text().notNull().default(""),
    roles: memberRole().array().notNull(),
    /** Job title and teams the person gets on accepting. */
    title: text(),
    teamIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    tokenHash: text().notNull().unique(),
    invitedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamptz().notNull(),
    acceptedAt: timestamptz(),
    revokedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    check("invitations_roles_not_empty", sql`cardinality(${t.roles}) > 0`),
    // An organisation's pending invitations, newest first, and the one open invitation per address.
    index().on(t.organisationId, t.createdAt),
    uniqueIndex("invitations_open_email_idx")
      .on(t.organisationId, t.email)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
  ],
);
