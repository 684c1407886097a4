import { and, asc, eq, isNull, sql } from "drizzle-orm";

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

export interface MembershipSummary {
  membershipId: string;
  organisationId: string;
  organisationName: string;
  organisationSlug: string;
  roles: Role[];
}

const membershipSummary = {
  membershipId: memberships.id,
  organisationId: organisations.id,
  organisationName: organisations.name,
  organisationSlug: organisations.slug,
  roles: memberships.roles,
};

/** Every organisation the user belongs to, by name. */
export function listMembershipsOfUser(db: DbOrTx, userId: string): Promise<MembershipSummary[]> {
  return db
    .select(membershipSummary)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
}

/**
 * The user's session version and the membership that scopes their requests (the
 * organisation they last chose if they still belong to it, otherwise their first by name),
 * in one query; null when there is no such user.
 */
async function sessionAndMembership(
  db: DbOrTx,
  userId: string,
): Promise<{ sessionVersion: number; membership: MembershipSummary | null } | null> {
  const [row] = await db
    .select({
      sessionVersion: users.sessionVersion,
      membershipId: memberships.id,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationSlug: organisations.slug,
      roles: memberships.roles,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(users.id, userId))
    .orderBy(
      sql`case when ${users.activeOrganisationId} = ${memberships.organisationId} then 0 else 1 end`,
      asc(organisations.name),
    )
    .limit(1);
  if (!row) return null;
  const {
    sessionVersion,
    membershipId,
    organisationId,
    organisationName,
    organisationSlug,
    roles,
  } = row;
  return {
    sessionVersion,
    membership:
      membershipId && organisationId && organisationName && organisationSlug && roles
        ? { membershipId, organisationId, organisationName, organisationSlug, roles }
        : null,
  };
}

/**
 * The membership that scopes the user's requests: the organisation they last chose
 * if they still belong to it, otherwise their first organisation by name.
 */
export async function resolveActiveMembership(
  db: DbOrTx,
  userId: string,
): Promise<MembershipSummary | null> {
  return (await sessionAndMembership(db, userId))?.membership ?? null;
}

export interface ResolvedSession {
  /** Whether the session is still current: its account exists and its version was not raised. */
  current: boolean;
  /** The active membership; null for a session that is not current. */
  membership: MembershipSummary | null;
}

/**
 * Checks a session (its user and the session version its cookie carries) and resolves the
 * active membership, in one query: what every signed-in request needs first.
 */
export async function resolveSession(
  db: DbOrTx,
  session: { userId: string; sessionVersion: number },
): Promise<ResolvedSession> {
  const row = await sessionAndMembership(db, session.userId);
  if (row?.sessionVersion !== session.sessionVersion) return { current: false, membership: null };
  return { current: true, membership: row.membership };
}

/** Makes `organisationId` the user's active organisation if they are a member; returns whether it did. */
export async function setActiveOrganisation(
  db: DbOrTx,
  params: { userId: string; organisationId: string },
): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ activeOrganisationId: params.organisationId, updatedAt: new Date() })
    .where(
      and(
        eq(users.id, params.userId),
        sql`exists (select 1 from ${memberships} where ${memberships.userId} = ${params.userId} and ${memberships.organisationId} = ${params.organisationId})`,
      ),
    )
    .returning({ id: users.id });
  return updated.length > 0;
}

/** The organisation's teams by name, with member counts (kept on the team row by a trigger). */
export async function listTeams(db: DbOrTx, organisationId: string) {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      description: teams.description,
      memberCount: teams.memberCount,
    })
    .from(teams)
    .where(eq(teams.organisationId, organisationId))
    .orderBy(asc(teams.name));
}

export interface Person {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  roles: Role[];
  title: string | null;
  teams: string[];
}

/**
 * The organisation's people with their roles and team names, by name. Every table is read
 * through the organisation (team memberships and teams too), so a small organisation never
 * scans a large one's rows.
 */
export async function listPeople(db: DbOrTx, organisationId: string): Promise<Person[]> {
  return db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      roles: memberships.roles,
      title: memberships.title,
      teams: sql<
        string[]
      >`coalesce(array_agg(${teams.name} order by ${teams.name}) filter (where ${teams.id} is not null), '{}')`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      teamMembers,
      and(
        eq(teamMembers.organisationId, organisationId),
        eq(teamMembers.membershipId, memberships.id),
      ),
    )
    .leftJoin(
      teams,
      and(eq(teams.organisationId, organisationId), eq(teams.id, teamMembers.teamId)),
    )
    .where(eq(memberships.organisationId, organisationId))
    .groupBy(memberships.id, users.id)
    .orderBy(asc(users.name));
}

/**
 * The people on the other side of a membership's current supervision relationships: its
 * supervisees (`side: "supervisees"`) or its supervisors (`side: "supervisors"`).
 */
function currentSupervision(db: DbOrTx, side: "supervisees" | "supervisors", membershipId: string) {
  const [self, counterpart] =
    side === "supervisees"
      ? [
          supervisionRelationships.supervisorMembershipId,
          supervisionRelationships.superviseeMembershipId,
        ]
      : [
          supervisionRelationships.superviseeMembershipId,
          supervisionRelationships.supervisorMembershipId,
        ];
  // One primary-key lookup per relationship. The LIMIT keeps it so: joined plainly, the planner
  // may read every organisation's memberships to match a few dozen of one organisation's.
  const person = db
    .select({
      membershipId: sql<string>`${memberships.id}`.as("membership_id"),
      userId: sql<string>`${users.id}`.as("user_id"),
      name: users.name,
      email: users.email,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.id, counterpart))
    .limit(1)
    .as("person");
  return db
    .select({
      membershipId: person.membershipId,
      userId: person.userId,
      name: person.name,
      email: person.email,
    })
    .from(supervisionRelationships)
    .innerJoinLateral(person, sql`true`)
    .where(and(eq(self, membershipId), isNull(supervisionRelationships.endedAt)))
    .orderBy(asc(person.name));
}

/** Current supervisees of a supervisor's membership. */
export const listSupervisees = (db: DbOrTx, supervisorMembershipId: string) =>
  currentSupervision(db, "supervisees", supervisorMembershipId);

/** Current supervisors of a supervisee's membership. */
export const listSupervisors = (db: DbOrTx, superviseeMembershipId: string) =>
  currentSupervision(db, "supervisors", superviseeMembershipId);

/** Adds a membership, or merges the roles into an existing one (joining twice never fails). */
export async function addMembershipMergingRoles(
  db: DbOrTx,
  values: { organisationId: string; userId: string; roles: Role[] },
): Promise<void> {
  await db
    .insert(memberships)
    .values(values)
    .onConflictDoUpdate({
      target: [memberships.organisationId, memberships.userId],
      set: {
        roles: sql`(select array_agg(distinct r) from unnest(${memberships.roles} || excluded.roles) as r)`,
      },
    });
}
