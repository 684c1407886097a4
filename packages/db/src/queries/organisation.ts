import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { QuietHours, Role, WorkingHours } from "../schema";
import { memberships, organisations, supervisionRelationships, teams, users } from "../schema";
import { profileColumns } from "./identity";

export interface MembershipSummary {
  membershipId: string;
  organisationId: string;
  organisationName: string;
  organisationSlug: string;
  roles: Role[];
}

/** The signed-in person as read with their session: their profile and when they joined. */
export interface SignedInPerson {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  workingHours: WorkingHours;
  quietHours: QuietHours;
  createdAt: Date;
}

/**
 * Everything a signed-in request needs first, in one query: the account's session version,
 * the person, every organisation they belong to (by name) and the one that scopes their
 * requests (the organisation they last chose if they still belong to it, otherwise their first
 * by name). Null when there is no such user.
 */
function prepareSessionAndCaller(db: DbOrTx) {
  return (
    db
      .select({
        sessionVersion: users.sessionVersion,
        activeOrganisationId: users.activeOrganisationId,
        person: { ...profileColumns, createdAt: users.createdAt },
        membershipId: memberships.id,
        organisationId: organisations.id,
        organisationName: organisations.name,
        organisationSlug: organisations.slug,
        roles: memberships.roles,
      })
      .from(users)
      // A deactivated member no longer belongs to the organisation for any request.
      .leftJoin(
        memberships,
        and(eq(memberships.userId, users.id), isNull(memberships.deactivatedAt)),
      )
      .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(users.id, sql.placeholder("userId")))
      .orderBy(asc(organisations.name))
      .prepare("session_and_caller")
  );
}

/**
 * Every request runs the session query first, so it is built once per database (or
 * transaction) and runs as a server-side prepared statement: PostgreSQL parses and plans it
 * once per connection instead of on every request (Drizzle otherwise sends each query
 * unprepared).
 */
const sessionQueries = new WeakMap<DbOrTx, ReturnType<typeof prepareSessionAndCaller>>();

async function sessionAndCaller(
  db: DbOrTx,
  userId: string,
): Promise<{
  sessionVersion: number;
  person: SignedInPerson;
  memberships: MembershipSummary[];
  active: MembershipSummary | null;
} | null> {
  let query = sessionQueries.get(db);
  if (!query) {
    query = prepareSessionAndCaller(db);
    sessionQueries.set(db, query);
  }
  const rows = await query.execute({ userId });
  const [first] = rows;
  if (!first) return null;
  const summaries: MembershipSummary[] = [];
  for (const { membershipId, organisationId, organisationName, organisationSlug, roles } of rows) {
    if (membershipId && organisationId && organisationName && organisationSlug && roles)
      summaries.push({ membershipId, organisationId, organisationName, organisationSlug, roles });
  }
  return {
    sessionVersion: first.sessionVersion,
    person: first.person,
    memberships: summaries,
    active:
      summaries.find((m) => m.organisationId === first.activeOrganisationId) ??
      summaries[0] ??
      null,
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
  return (await sessionAndCaller(db, userId))?.active ?? null;
}

/** The signed-in person and their organisations, as resolved with a current session. */
export interface Caller {
  person: SignedInPerson;
  /** Every organisation they belong to, by name. */
  memberships: MembershipSummary[];
}

export type ResolvedSession =
  /** The account is gone or its session version was raised: the session has ended. */
  | { current: false; caller: null; membership: null }
  | {
      current: true;
      caller: Caller;
      /** The active membership; null for a person who belongs to no organisation. */
      membership: MembershipSummary | null;
    };

/**
 * Checks a session (its user and the session version its cookie carries) and resolves the
 * person and their memberships, in one query: what every signed-in request needs first.
 */
export async function resolveSession(
  db: DbOrTx,
  session: { userId: string; sessionVersion: number },
): Promise<ResolvedSession> {
  const row = await sessionAndCaller(db, session.userId);
  if (row?.sessionVersion !== session.sessionVersion)
    return { current: false, caller: null, membership: null };
  return {
    current: true,
    caller: { person: row.person, memberships: row.memberships },
    membership: row.active,
  };
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
        sql`exists (select 1 from ${memberships} where ${memberships.userId} = ${params.userId} and ${memberships.organisationId} = ${params.organisationId} and ${memberships.deactivatedAt} is null)`,
      ),
    )
    .returning({ id: users.id });
  return updated.length > 0;
}

export interface OrganisationSettings {
  name: string;
  timeZone: string;
  reportThreshold: number;
}

const settingsColumns = {
  name: organisations.name,
  timeZone: organisations.timeZone,
  reportThreshold: organisations.reportThreshold,
};

/** The organisation's name, default time zone and report threshold (null when there is none). */
export async function getOrganisationSettings(
  db: DbOrTx,
  organisationId: string,
): Promise<OrganisationSettings | null> {
  const [row] = await db
    .select(settingsColumns)
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row ?? null;
}

/** Changes the settings; returns them as they were and as they are (null when there is none). */
export async function updateOrganisationSettings(
  db: DbOrTx,
  params: { organisationId: string } & OrganisationSettings,
): Promise<{ before: OrganisationSettings; after: OrganisationSettings } | null> {
  const { organisationId, ...values } = params;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select(settingsColumns)
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .for("update");
    if (!before) return null;
    const [after] = await tx
      .update(organisations)
      .set(values)
      .where(eq(organisations.id, organisationId))
      .returning(settingsColumns);
    return after ? { before, after } : null;
  });
}

/**
 * The organisation's teams by name, with member counts (kept on the team row by a trigger):
 * the current ones, or (`archived`) those archived.
 */
export async function listTeams(
  db: DbOrTx,
  organisationId: string,
  which: "current" | "archived" = "current",
) {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      description: teams.description,
      memberCount: teams.memberCount,
      archivedAt: teams.archivedAt,
    })
    .from(teams)
    .where(
      and(
        eq(teams.organisationId, organisationId),
        which === "current" ? isNull(teams.archivedAt) : isNotNull(teams.archivedAt),
      ),
    )
    .orderBy(asc(teams.name));
}

/** Adds a team; null when the organisation already has a team of that name. */
export async function createTeam(
  db: DbOrTx,
  values: { organisationId: string; name: string; description: string },
): Promise<string | null> {
  const [row] = await db
    .insert(teams)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: teams.id });
  return row?.id ?? null;
}

/** Renames a team or changes its description; returns its name before, or null when there is none. */
export async function updateTeam(
  db: DbOrTx,
  params: { organisationId: string; teamId: string; name: string; description: string },
): Promise<{ before: string } | null> {
  const [before] = await db
    .select({ name: teams.name })
    .from(teams)
    .where(and(eq(teams.organisationId, params.organisationId), eq(teams.id, params.teamId)))
    .for("update");
  if (!before) return null;
  await db
    .update(teams)
    .set({ name: params.name, description: params.description })
    .where(eq(teams.id, params.teamId));
  return { before: before.name };
}

/** Archives (`at` a time) or restores (`at` null) a team; returns its name, or null if unchanged. */
export async function setTeamArchived(
  db: DbOrTx,
  params: { organisationId: string; teamId: string; at: Date | null },
): Promise<string | null> {
  const [row] = await db
    .update(teams)
    .set({ archivedAt: params.at })
    .where(
      and(
        eq(teams.organisationId, params.organisationId),
        eq(teams.id, params.teamId),
        params.at ? isNull(teams.archivedAt) : isNotNull(teams.archivedAt),
      ),
    )
    .returning({ name: teams.name });
  return row?.name ?? null;
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
