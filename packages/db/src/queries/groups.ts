/**
 * Peer support groups: the directory, a person's standing in a group, and the locked reads and
 * writes that joining, admitting and leaving go through. Every query is scoped by organisation.
 */
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";

import type { GroupFormat, GroupRole, GroupVisibility, MemberStatus } from "@tend/groups";

import type { DbOrTx } from "../client";
import { groupMembers, memberships, peerGroups, users } from "../schema";

export interface GroupRow {
  id: string;
  organisationId: string;
  name: string;
  purpose: string;
  format: GroupFormat;
  visibility: GroupVisibility;
  memberLimit: number;
  agreement: string;
  agreementVersion: number;
  archivedAt: Date | null;
}

/** A person's row in a group, if they ever had one. */
export interface Standing {
  role: GroupRole;
  status: MemberStatus;
  pledgeVersion: number | null;
  /** Set by a facilitator: until then they read the discussion but cannot post. */
  mutedUntil: Date | null;
}

const groupColumns = {
  id: peerGroups.id,
  organisationId: peerGroups.organisationId,
  name: peerGroups.name,
  purpose: peerGroups.purpose,
  format: peerGroups.format,
  visibility: peerGroups.visibility,
  memberLimit: peerGroups.memberLimit,
  agreement: peerGroups.agreement,
  agreementVersion: peerGroups.agreementVersion,
  archivedAt: peerGroups.archivedAt,
};

/** The caller's row in a group, selected beside the group (null columns when they have none). */
const standingColumns = {
  role: groupMembers.role,
  status: groupMembers.status,
  pledgeVersion: groupMembers.pledgeVersion,
  mutedUntil: groupMembers.mutedUntil,
};
const ownRow = (membershipId: string) =>
  and(eq(groupMembers.groupId, peerGroups.id), eq(groupMembers.membershipId, membershipId));
function withStanding<T extends { role: GroupRole | null; status: MemberStatus | null }>(
  row: T & { pledgeVersion: number | null; mutedUntil: Date | null },
) {
  const { role, status, pledgeVersion, mutedUntil, ...group } = row;
  return {
    ...group,
    standing: role && status ? { role, status, pledgeVersion, mutedUntil } : null,
  };
}

/**
 * Active members take a place; a member the organisation deactivated no longer does. The group's
 * id is qualified: a query of the groups alone names its columns bare, and "id" would be ambiguous.
 */
const activeCount = sql<number>`(select count(*)::int from ${groupMembers} gm
  join ${memberships} m on m.id = gm.membership_id
  where gm.group_id = ${peerGroups}.id and gm.status = 'active' and m.deactivated_at is null)`;

/**
 * The organisation's groups that `membershipId` may know of, by name: every open and request
 * group, and invite-only ones they belong to or were invited to. Archived groups are left out.
 */
export async function listVisibleGroups(
  db: DbOrTx,
  params: { organisationId: string; membershipId: string },
): Promise<(Omit<GroupRow, "agreement"> & { activeMembers: number; standing: Standing | null })[]> {
  const { agreement: _agreement, ...columns } = groupColumns;
  const rows = await db
    .select({ ...columns, activeMembers: activeCount, ...standingColumns })
    .from(peerGroups)
    .leftJoin(groupMembers, ownRow(params.membershipId))
    .where(
      and(
        eq(peerGroups.organisationId, params.organisationId),
        isNull(peerGroups.archivedAt),
        or(
          sql`${peerGroups.visibility} <> 'invite-only'`,
          sql`${groupMembers.status} in ('active', 'invited')`,
        ),
      ),
    )
    .orderBy(asc(peerGroups.name));
  return rows.map(withStanding);
}

/** A group of the organisation with the number of active members and `membershipId`'s standing. */
export async function findGroup(
  db: DbOrTx,
  params: { organisationId: string; groupId: string; membershipId: string },
): Promise<(GroupRow & { activeMembers: number; standing: Standing | null }) | null> {
  const [row] = await db
    .select({ ...groupColumns, activeMembers: activeCount, ...standingColumns })
    .from(peerGroups)
    .leftJoin(groupMembers, ownRow(params.membershipId))
    .where(
      and(eq(peerGroups.id, params.groupId), eq(peerGroups.organisationId, params.organisationId)),
    );
  return row ? withStanding(row) : null;
}

/**
 * Locks a group of the organisation for a change of membership (held until the transaction
 * ends) and reads it with its active members counted after the lock: two joins at once take
 * turns, and the second sees the first's member.
 */
export async function lockGroup(
  tx: DbOrTx,
  params: { organisationId: string; groupId: string },
): Promise<(GroupRow & { activeMembers: number }) | null> {
  const [group] = await tx
    .select(groupColumns)
    .from(peerGroups)
    .where(
      and(eq(peerGroups.id, params.groupId), eq(peerGroups.organisationId, params.organisationId)),
    )
    .for("update");
  if (!group) return null;
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(groupMembers)
    .innerJoin(memberships, eq(memberships.id, groupMembers.membershipId))
    .where(
      and(
        eq(groupMembers.groupId, group.id),
        eq(groupMembers.status, "active"),
        isNull(memberships.deactivatedAt),
      ),
    );
  return { ...group, activeMembers: count?.n ?? 0 };
}

/** A member's standing in a group (read under the group's lock when it decides a change). */
export async function findStanding(
  db: DbOrTx,
  params: { groupId: string; membershipId: string },
): Promise<Standing | null> {
  const [row] = await db
    .select(standingColumns)
    .from(groupMembers)
    .where(
      and(
        eq(groupMembers.groupId, params.groupId),
        eq(groupMembers.membershipId, params.membershipId),
      ),
    );
  return row ?? null;
}

export async function insertGroup(
  db: DbOrTx,
  group: {
    organisationId: string;
    name: string;
    purpose: string;
    format: GroupFormat;
    visibility: GroupVisibility;
    memberLimit: number;
    agreement: string;
  },
): Promise<string> {
  const [row] = await db.insert(peerGroups).values(group).returning({ id: peerGroups.id });
  if (!row) throw new Error("peer group not stored");
  return row.id;
}

/**
 * Sets a member's standing in a group, creating their row the first time. `pledgeVersion` and
 * `decidedBy` are kept as they were unless given; `joinedAt` is stamped when they become active.
 */
export async function setStanding(
  db: DbOrTx,
  params: {
    organisationId: string;
    groupId: string;
    membershipId: string;
    status: MemberStatus;
    role?: GroupRole;
    pledgeVersion?: number;
    decidedByMembershipId?: string;
    at: Date;
  },
): Promise<void> {
  const ending = params.status === "left" || params.status === "removed";
  const changes = {
    status: params.status,
    ...(params.role ? { role: params.role } : {}),
    ...(params.pledgeVersion !== undefined
      ? { pledgeVersion: params.pledgeVersion, pledgedAt: params.at }
      : {}),
    ...(params.decidedByMembershipId
      ? { decidedByMembershipId: params.decidedByMembershipId }
      : {}),
    ...(params.status === "active" ? { joinedAt: params.at, endedAt: null } : {}),
    ...(ending ? { endedAt: params.at } : {}),
    updatedAt: params.at,
  };
  await db
    .insert(groupMembers)
    .values({
      groupId: params.groupId,
      organisationId: params.organisationId,
      membershipId: params.membershipId,
      ...changes,
    })
    .onConflictDoUpdate({
      target: [groupMembers.groupId, groupMembers.membershipId],
      // A member who returns comes back as a member, whatever role they held before.
      set: params.status === "active" && !params.role ? { ...changes, role: "member" } : changes,
    });
}

/** Records that a member accepted the group's agreement version `version`. */
export async function acceptGroupAgreement(
  db: DbOrTx,
  params: { groupId: string; membershipId: string; version: number; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(groupMembers)
    .set({ pledgeVersion: params.version, pledgedAt: params.at, updatedAt: params.at })
    .where(
      and(
        eq(groupMembers.groupId, params.groupId),
        eq(groupMembers.membershipId, params.membershipId),
      ),
    )
    .returning({ id: groupMembers.id });
  return rows.length > 0;
}

/** Replaces a group's agreement; returns the new version. */
export async function replaceGroupAgreement(
  db: DbOrTx,
  params: { organisationId: string; groupId: string; agreement: string; at: Date },
): Promise<number | null> {
  const [row] = await db
    .update(peerGroups)
    .set({
      agreement: params.agreement,
      agreementVersion: sql`${peerGroups.agreementVersion} + 1`,
      updatedAt: params.at,
    })
    .where(
      and(eq(peerGroups.id, params.groupId), eq(peerGroups.organisationId, params.organisationId)),
    )
    .returning({ version: peerGroups.agreementVersion });
  return row?.version ?? null;
}

/** Archives a group of the organisation; false when there is none to archive. */
export async function archiveGroup(
  db: DbOrTx,
  params: { organisationId: string; groupId: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .update(peerGroups)
    .set({ archivedAt: params.at, updatedAt: params.at })
    .where(
      and(
        eq(peerGroups.id, params.groupId),
        eq(peerGroups.organisationId, params.organisationId),
        isNull(peerGroups.archivedAt),
      ),
    )
    .returning({ id: peerGroups.id });
  return rows.length > 0;
}

export interface GroupPerson {
  membershipId: string;
  name: string;
  role: GroupRole;
  status: MemberStatus;
}

/** A group's people in the given standings (active members, pending requests…), by name. */
export async function listGroupPeople(
  db: DbOrTx,
  params: { groupId: string; statuses: readonly MemberStatus[] },
): Promise<GroupPerson[]> {
  if (params.statuses.length === 0) return [];
  return db
    .select({
      membershipId: groupMembers.membershipId,
      name: users.name,
      role: groupMembers.role,
      status: groupMembers.status,
    })
    .from(groupMembers)
    .innerJoin(memberships, eq(memberships.id, groupMembers.membershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(groupMembers.groupId, params.groupId),
        sql`${groupMembers.status} in (${sql.join(
          params.statuses.map((s) => sql`${s}`),
          sql`, `,
        )})`,
        isNull(memberships.deactivatedAt),
      ),
    )
    .orderBy(
      sql`case ${groupMembers.role} when 'facilitator' then 0 when 'co-facilitator' then 1 else 2 end`,
      asc(users.name),
    );
}

/** Whether a membership belongs to the organisation and is active (not deactivated). */
export async function isActiveMember(
  db: DbOrTx,
  params: { organisationId: string; membershipId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.id, params.membershipId),
        eq(memberships.organisationId, params.organisationId),
        isNull(memberships.deactivatedAt),
      ),
    );
  return row !== undefined;
}

/** Declines every pending request and invitation of a group (nobody is left to answer them). */
export async function declinePendingStandings(
  db: DbOrTx,
  params: { groupId: string; at: Date },
): Promise<void> {
  await db
    .update(groupMembers)
    .set({ status: "declined", updatedAt: params.at })
    .where(
      and(
        eq(groupMembers.groupId, params.groupId),
        sql`${groupMembers.status} in ('requested', 'invited')`,
      ),
    );
}

/**
 * Ends a member's standing in every group of the organisation (on deactivation): they leave the
 * groups they were in, and their requests and invitations lapse. Returns the groups they left.
 */
export async function endGroupStandings(
  db: DbOrTx,
  params: { organisationId: string; membershipId: string; at: Date },
): Promise<number> {
  const left = await db
    .update(groupMembers)
    .set({
      status: sql`case when ${groupMembers.status} = 'active' then 'left' else 'declined' end`,
      endedAt: sql`case when ${groupMembers.status} = 'active' then ${params.at.toISOString()}::timestamptz else ${groupMembers.endedAt} end`,
      updatedAt: params.at,
    })
    .where(
      and(
        eq(groupMembers.organisationId, params.organisationId),
        eq(groupMembers.membershipId, params.membershipId),
        sql`${groupMembers.status} in ('active', 'requested', 'invited')`,
      ),
    )
    .returning({ groupId: groupMembers.groupId });
  return left.length;
}

/** How many active members facilitate a group (the role, not co-facilitators). */
export async function countFacilitators(db: DbOrTx, groupId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(groupMembers)
    .where(
      and(
        eq(groupMembers.groupId, groupId),
        eq(groupMembers.status, "active"),
        eq(groupMembers.role, "facilitator"),
      ),
    );
  return row?.n ?? 0;
}

/**
 * Every group of an organisation for its admins, archived ones last: name, frame and how many
 * places are taken (a count, never who).
 */
export async function listOrganisationGroups(db: DbOrTx, organisationId: string) {
  return db
    .select({
      id: peerGroups.id,
      name: peerGroups.name,
      format: peerGroups.format,
      visibility: peerGroups.visibility,
      memberLimit: peerGroups.memberLimit,
      activeMembers: activeCount,
      createdAt: peerGroups.createdAt,
      archivedAt: peerGroups.archivedAt,
    })
    .from(peerGroups)
    .where(eq(peerGroups.organisationId, organisationId))
    .orderBy(sql`${peerGroups.archivedAt} is not null`, asc(peerGroups.name));
}

/**
 * Colleagues a facilitator may invite: active members of the organisation without a place, an
 * invitation or a request in the group, whose name contains `search`, by name.
 */
export async function listInviteCandidates(
  db: DbOrTx,
  params: { organisationId: string; groupId: string; search: string; limit: number },
): Promise<{ membershipId: string; name: string }[]> {
  const pattern = `%${params.search.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
  return db
    .select({ membershipId: memberships.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, params.organisationId),
        isNull(memberships.deactivatedAt),
        sql`${users.name} ilike ${pattern}`,
        sql`not exists (select 1 from ${groupMembers} gm where gm.group_id = ${params.groupId}
          and gm.membership_id = ${memberships.id}
          and gm.status in ('active', 'invited', 'requested'))`,
      ),
    )
    .orderBy(asc(users.name))
    .limit(params.limit);
}
