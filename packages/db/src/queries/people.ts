/**
 * An organisation's people as its admins manage them: a searchable page of members, one
 * member's roles, teams and supervision, and the changes an admin makes to them.
 */
import type { SQL } from "drizzle-orm";
import { and, asc, desc, eq, inArray, isNotNull, isNull, notInArray, or, sql } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { Role } from "../schema";
import {
  memberships,
  organisations,
  supervisionRelationships,
  teamMembers,
  teams,
  users,
} from "../schema";

export const PEOPLE_SORTS = ["name", "email", "title", "joined"] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];
export const MEMBER_STATUSES = ["active", "deactivated", "all"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export interface PeopleQuery {
  organisationId: string;
  /** Words matched anywhere in the name, e-mail, job title or a team's name. */
  search: string;
  teamId: string | null;
  role: Role | null;
  status: MemberStatus;
  sort: PeopleSort;
  direction: "asc" | "desc";
  offset: number;
  limit: number;
}

export interface PersonRow {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  roles: Role[];
  title: string | null;
  teams: { id: string; name: string }[];
  joinedAt: Date;
  deactivatedAt: Date | null;
}

/** `%text%` for ILIKE, with the pattern characters in the text taken literally. */
const contains = (text: string) => `%${text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;

/**
 * The person behind a membership: one primary-key lookup per member, as a lateral join. Joined
 * plainly, a search by name may read every organisation's users to match a few dozen of one.
 */
const person = (db: DbOrTx) =>
  db
    .select({
      userId: sql<string>`${users.id}`.as("person_user_id"),
      name: sql<string>`${users.name}`.as("person_name"),
      email: sql<string>`${users.email}`.as("person_email"),
    })
    .from(users)
    .where(eq(users.id, memberships.userId))
    .limit(1)
    .as("person");

/** A member as the console lists them (their teams are read separately). */
const personColumns = (p: ReturnType<typeof person>) => ({
  membershipId: memberships.id,
  userId: p.userId,
  name: p.name,
  email: p.email,
  roles: memberships.roles,
  title: memberships.title,
  joinedAt: memberships.createdAt,
  deactivatedAt: memberships.deactivatedAt,
});

/**
 * One page of the organisation's people and how many match in all, in one statement. Every
 * table is read through the organisation, so a small organisation never scans a large one's rows.
 */
export async function searchPeople(
  db: DbOrTx,
  query: PeopleQuery,
): Promise<{ total: number; rows: PersonRow[] }> {
  const { organisationId } = query;
  const p = person(db);
  const conditions: (SQL | undefined)[] = [eq(memberships.organisationId, organisationId)];
  if (query.status === "active") conditions.push(isNull(memberships.deactivatedAt));
  if (query.status === "deactivated") conditions.push(isNotNull(memberships.deactivatedAt));
  if (query.role) conditions.push(sql`${query.role}::member_role = any(${memberships.roles})`);
  if (query.teamId)
    conditions.push(
      sql`exists (select 1 from ${teamMembers} where ${teamMembers.organisationId} = ${organisationId} and ${teamMembers.membershipId} = ${memberships.id} and ${teamMembers.teamId} = ${query.teamId})`,
    );
  for (const word of query.search.split(/\s+/u).filter(Boolean)) {
    const pattern = contains(word);
    conditions.push(
      or(
        sql`${p.name} ilike ${pattern}`,
        sql`${p.email} ilike ${pattern}`,
        sql`${memberships.title} ilike ${pattern}`,
        // The members of the teams whose name matches: worked out once, not once per member.
        sql`${memberships.id} in (select ${teamMembers.membershipId} from ${teamMembers} join ${teams} on ${teams.id} = ${teamMembers.teamId} where ${teamMembers.organisationId} = ${organisationId} and ${teams.organisationId} = ${organisationId} and ${teams.name} ilike ${pattern})`,
      ),
    );
  }
  const order = query.direction === "asc" ? asc : desc;
  const sortColumn = {
    name: p.name,
    email: p.email,
    title: memberships.title,
    joined: memberships.createdAt,
  }[query.sort];
  const rows = await db
    .select({ ...personColumns(p), total: sql<number>`(count(*) over ())::int` })
    .from(memberships)
    .innerJoinLateral(p, sql`true`)
    .where(and(...conditions))
    .orderBy(sql`${order(sortColumn)} nulls last`, asc(p.name), asc(memberships.id))
    .limit(query.limit)
    .offset(query.offset);
  const teamsOf = await teamsOfMembers(
    db,
    organisationId,
    rows.map((r) => r.membershipId),
  );
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && query.offset > 0) {
    // Past the last page: count alone, so the pager can offer the way back.
    const [row] = await db
      .select({ total: sql<number>`count(*)::int` })
      .from(memberships)
      .innerJoinLateral(p, sql`true`)
      .where(and(...conditions));
    total = row?.total ?? 0;
  }
  return {
    total,
    rows: rows.map(({ total: _total, ...row }) => ({
      ...row,
      teams: teamsOf.get(row.membershipId) ?? [],
    })),
  };
}

/** The teams (id and name, by name) of some of an organisation's members. */
async function teamsOfMembers(
  db: DbOrTx,
  organisationId: string,
  membershipIds: string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const byMember = new Map<string, { id: string; name: string }[]>();
  if (membershipIds.length === 0) return byMember;
  const rows = await db
    .select({ membershipId: teamMembers.membershipId, id: teams.id, name: teams.name })
    .from(teamMembers)
    .innerJoin(teams, and(eq(teams.id, teamMembers.teamId), isNull(teams.archivedAt)))
    .where(
      and(
        eq(teamMembers.organisationId, organisationId),
        inArray(teamMembers.membershipId, membershipIds),
      ),
    )
    .orderBy(asc(teams.name));
  for (const { membershipId, ...team } of rows) {
    const list = byMember.get(membershipId) ?? [];
    list.push(team);
    byMember.set(membershipId, list);
  }
  return byMember;
}

export interface MemberDetail extends PersonRow {
  supervisors: SupervisionLink[];
  supervisees: SupervisionLink[];
}

export interface SupervisionLink {
  relationshipId: string;
  membershipId: string;
  name: string;
  startedAt: Date;
}

/** One member of the organisation with their current supervision (null when not a member). */
export async function getMember(
  db: DbOrTx,
  organisationId: string,
  membershipId: string,
): Promise<MemberDetail | null> {
  const p = person(db);
  const [row] = await db
    .select(personColumns(p))
    .from(memberships)
    .innerJoinLateral(p, sql`true`)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.id, membershipId)));
  if (!row) return null;
  const [teamsOf, links] = await Promise.all([
    teamsOfMembers(db, organisationId, [membershipId]),
    db
      .select({
        relationshipId: supervisionRelationships.id,
        supervisorMembershipId: supervisionRelationships.supervisorMembershipId,
        superviseeMembershipId: supervisionRelationships.superviseeMembershipId,
        startedAt: supervisionRelationships.startedAt,
        counterpartName: users.name,
      })
      .from(supervisionRelationships)
      .innerJoin(
        memberships,
        sql`${memberships.id} = case when ${supervisionRelationships.supervisorMembershipId} = ${membershipId} then ${supervisionRelationships.superviseeMembershipId} else ${supervisionRelationships.supervisorMembershipId} end`,
      )
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(supervisionRelationships.organisationId, organisationId),
          isNull(supervisionRelationships.endedAt),
          or(
            eq(supervisionRelationships.supervisorMembershipId, membershipId),
            eq(supervisionRelationships.superviseeMembershipId, membershipId),
          ),
        ),
      )
      .orderBy(asc(users.name)),
  ]);
  const link = (l: (typeof links)[number], other: string): SupervisionLink => ({
    relationshipId: l.relationshipId,
    membershipId: other,
    name: l.counterpartName,
    startedAt: l.startedAt,
  });
  return {
    ...row,
    teams: teamsOf.get(membershipId) ?? [],
    supervisors: links
      .filter((l) => l.superviseeMembershipId === membershipId)
      .map((l) => link(l, l.supervisorMembershipId)),
    supervisees: links
      .filter((l) => l.supervisorMembershipId === membershipId)
      .map((l) => link(l, l.superviseeMembershipId)),
  };
}

/**
 * Locks the organisation's row for the rest of the transaction, so that changes to who is an
 * admin happen one at a time: two admins demoting each other cannot both succeed.
 */
export async function lockOrganisation(db: DbOrTx, organisationId: string): Promise<void> {
  await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for("update");
}

/** How many active admins the organisation has besides one member. */
export async function countOtherActiveAdmins(
  db: DbOrTx,
  organisationId: string,
  membershipId: string,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        sql`${memberships.id} <> ${membershipId}`,
        isNull(memberships.deactivatedAt),
        sql`'admin'::member_role = any(${memberships.roles})`,
      ),
    );
  return row?.n ?? 0;
}

/** Sets a member's roles and job title; returns false when there is no such member. */
export async function setMemberRolesAndTitle(
  db: DbOrTx,
  params: { organisationId: string; membershipId: string; roles: Role[]; title: string | null },
): Promise<boolean> {
  const rows = await db
    .update(memberships)
    .set({ roles: params.roles, title: params.title })
    .where(
      and(
        eq(memberships.organisationId, params.organisationId),
        eq(memberships.id, params.membershipId),
      ),
    )
    .returning({ id: memberships.id });
  return rows.length > 0;
}

/**
 * Makes a member's teams exactly `teamIds` (archived teams they were in are left as they are);
 * returns the team ids added and removed.
 */
export async function setMemberTeams(
  db: DbOrTx,
  params: { organisationId: string; membershipId: string; teamIds: string[] },
): Promise<{ added: string[]; removed: string[] }> {
  const { organisationId, membershipId, teamIds } = params;
  const live = db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organisationId, organisationId), isNull(teams.archivedAt)));
  const removed = await db
    .delete(teamMembers)
    .where(
      and(
        eq(teamMembers.organisationId, organisationId),
        eq(teamMembers.membershipId, membershipId),
        inArray(teamMembers.teamId, live),
        teamIds.length > 0 ? notInArray(teamMembers.teamId, teamIds) : undefined,
      ),
    )
    .returning({ teamId: teamMembers.teamId });
  const added =
    teamIds.length === 0
      ? []
      : await db
          .insert(teamMembers)
          .values(teamIds.map((teamId) => ({ organisationId, teamId, membershipId })))
          .onConflictDoNothing()
          .returning({ teamId: teamMembers.teamId });
  return { added: added.map((r) => r.teamId), removed: removed.map((r) => r.teamId) };
}

/**
 * Deactivates (`at` a time) or reactivates (`at` null) a member; returns their user id, or null
 * when there is no such member or they already are in that state.
 */
export async function setMemberDeactivated(
  db: DbOrTx,
  params: { organisationId: string; membershipId: string; at: Date | null },
): Promise<string | null> {
  const [row] = await db
    .update(memberships)
    .set({ deactivatedAt: params.at })
    .where(
      and(
        eq(memberships.organisationId, params.organisationId),
        eq(memberships.id, params.membershipId),
        params.at ? isNull(memberships.deactivatedAt) : isNotNull(memberships.deactivatedAt),
      ),
    )
    .returning({ userId: memberships.userId });
  return row?.userId ?? null;
}

/** Ends every current supervision relationship a member is part of; returns how many. */
export async function endSupervisionOf(
  db: DbOrTx,
  params: { organisationId: string; membershipId: string; at: Date },
): Promise<number> {
  const rows = await db
    .update(supervisionRelationships)
    .set({ endedAt: params.at })
    .where(
      and(
        eq(supervisionRelationships.organisationId, params.organisationId),
        isNull(supervisionRelationships.endedAt),
        or(
          eq(supervisionRelationships.supervisorMembershipId, params.membershipId),
          eq(supervisionRelationships.superviseeMembershipId, params.membershipId),
        ),
      ),
    )
    .returning({ id: supervisionRelationships.id });
  return rows.length;
}

/** Starts a supervision relationship; null when the pair already has a current one. */
export async function startSupervision(
  db: DbOrTx,
  params: {
    organisationId: string;
    supervisorMembershipId: string;
    superviseeMembershipId: string;
  },
): Promise<string | null> {
  const [row] = await db
    .insert(supervisionRelationships)
    .values(params)
    .onConflictDoNothing()
    .returning({ id: supervisionRelationships.id });
  return row?.id ?? null;
}

/** Ends one current relationship of the organisation; returns its two sides, or null. */
export async function endSupervision(
  db: DbOrTx,
  params: { organisationId: string; relationshipId: string; at: Date },
) {
  const [row] = await db
    .update(supervisionRelationships)
    .set({ endedAt: params.at })
    .where(
      and(
        eq(supervisionRelationships.organisationId, params.organisationId),
        eq(supervisionRelationships.id, params.relationshipId),
        isNull(supervisionRelationships.endedAt),
      ),
    )
    .returning({
      supervisorMembershipId: supervisionRelationships.supervisorMembershipId,
      superviseeMembershipId: supervisionRelationships.superviseeMembershipId,
    });
  return row ?? null;
}

/** Active members of the organisation among some membership ids, with their roles. */
export async function findActiveMembers(
  db: DbOrTx,
  organisationId: string,
  membershipIds: string[],
): Promise<{ membershipId: string; userId: string; email: string; roles: Role[] }[]> {
  if (membershipIds.length === 0) return [];
  return db
    .select({
      membershipId: memberships.id,
      userId: memberships.userId,
      email: users.email,
      roles: memberships.roles,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        inArray(memberships.id, membershipIds),
        isNull(memberships.deactivatedAt),
      ),
    );
}

/** Members of the organisation (active or not) by e-mail address, lower-cased. */
export async function findMembersByEmail(
  db: DbOrTx,
  organisationId: string,
  emails: string[],
): Promise<Map<string, { membershipId: string; deactivated: boolean }>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({
      email: users.email,
      membershipId: memberships.id,
      deactivatedAt: memberships.deactivatedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), inArray(users.email, emails)));
  return new Map(
    rows.map((r) => [
      r.email.toLowerCase(),
      { membershipId: r.membershipId, deactivated: r.deactivatedAt !== null },
    ]),
  );
}

/**
 * On accepting an invitation: puts the new member in the teams it names (those still current)
 * and gives them its job title unless they already have one.
 */
export async function addTeamsOnJoining(
  db: DbOrTx,
  params: { organisationId: string; userId: string; teamIds: string[]; title: string | null },
): Promise<void> {
  const { organisationId } = params;
  const [member] = await db
    .select({ id: memberships.id, title: memberships.title })
    .from(memberships)
    .where(
      and(eq(memberships.organisationId, organisationId), eq(memberships.userId, params.userId)),
    );
  if (!member) return;
  if (params.title && !member.title)
    await db.update(memberships).set({ title: params.title }).where(eq(memberships.id, member.id));
  if (params.teamIds.length === 0) return;
  const current = await db
    .select({ id: teams.id })
    .from(teams)
    .where(
      and(
        eq(teams.organisationId, organisationId),
        inArray(teams.id, params.teamIds),
        isNull(teams.archivedAt),
      ),
    );
  if (current.length === 0) return;
  await db
    .insert(teamMembers)
    .values(current.map((t) => ({ organisationId, teamId: t.id, membershipId: member.id })))
    .onConflictDoNothing();
}
