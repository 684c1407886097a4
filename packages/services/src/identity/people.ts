/**
 * Admins managing their organisation's people: finding them, changing roles, teams and job
 * titles, deactivating and reactivating, and who supervises whom. Every change is an audit
 * event, and an organisation always keeps at least one active admin.
 */
import type { DbOrTx } from "@tend/db";
import type { PeopleQuery } from "@tend/db/queries";
import type { Role } from "@tend/db/schema";
import {
  bumpSessionVersion,
  countOtherActiveAdmins,
  endGroupStandings,
  endSupervision,
  endSupervisionOf,
  findActiveMembers,
  getMember,
  listTeams,
  lockOrganisation,
  recordAuditEvent,
  searchPeople,
  setMemberDeactivated,
  setMemberRolesAndTitle,
  setMemberTeams,
  startSupervision,
} from "@tend/db/queries";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";

const NO_SUCH_MEMBER = "There is no such member of your organisation.";
const LAST_ADMIN =
  "Your organisation needs at least one active admin: make someone else an admin first.";

/** One page of the organisation's people, for the console's table. No wellbeing data. */
export function findPeople(
  db: DbOrTx,
  actor: MemberActor,
  query: Omit<PeopleQuery, "organisationId">,
) {
  return searchPeople(db, { ...query, organisationId: actor.membership.organisationId });
}

/** One member: roles, teams, job title and current supervision. */
export async function getPerson(db: DbOrTx, actor: MemberActor, membershipId: string) {
  const member = await getMember(db, actor.membership.organisationId, membershipId);
  if (!member) throw new DomainError("NOT_FOUND", NO_SUCH_MEMBER);
  return member;
}

/** Refuses a change that would leave the organisation without an active admin. */
async function keepAnAdmin(tx: DbOrTx, organisationId: string, membershipId: string) {
  await lockOrganisation(tx, organisationId);
  if ((await countOtherActiveAdmins(tx, organisationId, membershipId)) === 0)
    throw new DomainError("CONFLICT", LAST_ADMIN, { roles: [LAST_ADMIN] });
}

/**
 * Changes a member's roles, teams and job title. Removing the admin role from the last active
 * admin is refused; a person whose roles change signs in afresh nowhere (their next request
 * reads the new roles).
 */
export async function updatePerson(
  db: DbOrTx,
  actor: MemberActor,
  input: { membershipId: string; roles: Role[]; teamIds: string[]; title: string | null },
) {
  const organisationId = actor.membership.organisationId;
  return db.transaction(async (tx) => {
    const before = await getMember(tx, organisationId, input.membershipId);
    if (!before) throw new DomainError("NOT_FOUND", NO_SUCH_MEMBER);
    if (before.roles.includes("admin") && !input.roles.includes("admin") && !before.deactivatedAt)
      await keepAnAdmin(tx, organisationId, input.membershipId);
    const current = new Set((await listTeams(tx, organisationId)).map((t) => t.id));
    const unknown = input.teamIds.filter((id) => !current.has(id));
    if (unknown.length > 0)
      throw new DomainError("INVALID", "Choose teams of your organisation that are not archived.", {
        teamIds: ["One of the chosen teams no longer exists or is archived."],
      });
    await setMemberRolesAndTitle(tx, { organisationId, ...input });
    const teams = await setMemberTeams(tx, { organisationId, ...input });
    const rolesChanged =
      [...before.roles].sort().join() !== [...new Set(input.roles)].sort().join();
    if (rolesChanged)
      await recordAuditEvent(tx, {
        organisationId,
        actorUserId: actor.userId,
        action: "member.roles_changed",
        subjectType: "membership",
        subjectId: input.membershipId,
        data: { from: before.roles, to: input.roles },
      });
    if (teams.added.length + teams.removed.length > 0)
      await recordAuditEvent(tx, {
        organisationId,
        actorUserId: actor.userId,
        action: "member.teams_changed",
        subjectType: "membership",
        subjectId: input.membershipId,
        data: teams,
      });
    if ((before.title ?? null) !== input.title)
      await recordAuditEvent(tx, {
        organisationId,
        actorUserId: actor.userId,
        action: "member.title_changed",
        subjectType: "membership",
        subjectId: input.membershipId,
        data: { from: before.title, to: input.title },
      });
    const after = await getMember(tx, organisationId, input.membershipId);
    if (!after) throw new DomainError("NOT_FOUND", NO_SUCH_MEMBER);
    return after;
  });
}

/**
 * Deactivates a member: their sessions end at their next request, they cannot sign in to the
 * organisation, their supervision relationships end, and everything they recorded is kept.
 * The last active admin cannot be deactivated, and nobody deactivates themself here.
 */
export async function deactivatePerson(
  db: DbOrTx,
  actor: MemberActor,
  membershipId: string,
  now = new Date(),
) {
  const organisationId = actor.membership.organisationId;
  if (membershipId === actor.membership.membershipId)
    throw new DomainError(
      "FORBIDDEN",
      "You cannot deactivate yourself. Ask another admin if you are leaving.",
    );
  return db.transaction(async (tx) => {
    const member = await getMember(tx, organisationId, membershipId);
    if (!member) throw new DomainError("NOT_FOUND", NO_SUCH_MEMBER);
    if (member.deactivatedAt)
      throw new DomainError("CONFLICT", `${member.name} is already deactivated.`);
    if (member.roles.includes("admin")) await keepAnAdmin(tx, organisationId, membershipId);
    const userId = await setMemberDeactivated(tx, { organisationId, membershipId, at: now });
    if (!userId) throw new DomainError("CONFLICT", `${member.name} is already deactivated.`);
    const endedSupervision = await endSupervisionOf(tx, { organisationId, membershipId, at: now });
    // Their places in peer groups are freed; reactivated, they join again like anyone.
    await endGroupStandings(tx, { organisationId, membershipId, at: now });
    // Every session they hold ends now; in another organisation they simply sign in again.
    await bumpSessionVersion(tx, userId);
    await recordAuditEvent(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: "member.deactivated",
      subjectType: "membership",
      subjectId: membershipId,
      data: { endedSupervision },
    });
    return { membershipId, name: member.name, deactivatedAt: now };
  });
}

/** Reactivates a member: they can sign in again, with the roles and teams they had. */
export async function reactivatePerson(db: DbOrTx, actor: MemberActor, membershipId: string) {
  const organisationId = actor.membership.organisationId;
  return db.transaction(async (tx) => {
    const member = await getMember(tx, organisationId, membershipId);
    if (!member) throw new DomainError("NOT_FOUND", NO_SUCH_MEMBER);
    if (!(await setMemberDeactivated(tx, { organisationId, membershipId, at: null })))
      throw new DomainError("CONFLICT", `${member.name} is already active.`);
    await recordAuditEvent(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: "member.reactivated",
      subjectType: "membership",
      subjectId: membershipId,
    });
    return { membershipId, name: member.name };
  });
}

/** Makes one active member the supervisor of another. The supervisor needs the supervisor role. */
export async function assignSupervision(
  db: DbOrTx,
  actor: MemberActor,
  input: { supervisorMembershipId: string; superviseeMembershipId: string },
) {
  const organisationId = actor.membership.organisationId;
  if (input.supervisorMembershipId === input.superviseeMembershipId)
    throw new DomainError("INVALID", "Nobody supervises themself.", {
      supervisorMembershipId: ["Choose someone else."],
    });
  return db.transaction(async (tx) => {
    const found = await findActiveMembers(tx, organisationId, [
      input.supervisorMembershipId,
      input.superviseeMembershipId,
    ]);
    const supervisor = found.find((m) => m.membershipId === input.supervisorMembershipId);
    if (!supervisor || !found.some((m) => m.membershipId === input.superviseeMembershipId))
      throw new DomainError(
        "NOT_FOUND",
        "Both people must be active members of your organisation.",
      );
    if (!supervisor.roles.includes("supervisor"))
      throw new DomainError("INVALID", "Only a member with the supervisor role can supervise.", {
        supervisorMembershipId: ["Give them the supervisor role first."],
      });
    const relationshipId = await startSupervision(tx, { organisationId, ...input });
    if (!relationshipId) throw new DomainError("CONFLICT", "They already supervise this person.");
    await recordAuditEvent(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: "supervision.assigned",
      subjectType: "supervision_relationship",
      subjectId: relationshipId,
      data: input,
    });
    return { relationshipId };
  });
}

/** Ends a supervision relationship; its history (sessions, hours) is kept. */
export async function endSupervisionRelationship(
  db: DbOrTx,
  actor: MemberActor,
  relationshipId: string,
  now = new Date(),
) {
  const organisationId = actor.membership.organisationId;
  return db.transaction(async (tx) => {
    const ended = await endSupervision(tx, { organisationId, relationshipId, at: now });
    if (!ended)
      throw new DomainError("NOT_FOUND", "This supervision has already ended or does not exist.");
    await recordAuditEvent(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: "supervision.ended",
      subjectType: "supervision_relationship",
      subjectId: relationshipId,
      data: ended,
    });
    return { relationshipId };
  });
}
