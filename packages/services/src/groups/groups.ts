/**
 * Peer support groups: the directory, a group's page, creating a group, joining (with its
 * confidentiality agreement), requests and invitations, leaving and removal, and archiving by
 * an admin. The rules are `@tend/groups`'; every change of membership runs under the group's
 * row lock, so a group never takes more members than its limit however many join at once.
 */
import type { DbOrTx } from "@tend/db";
import type { Standing } from "@tend/db/queries";
import type {
  GroupFormat,
  GroupRole,
  GroupVisibility,
  JoinRefusal,
  MemberStatus,
} from "@tend/groups";
import {
  acceptGroupAgreement,
  archiveGroup as archiveGroupRow,
  countFacilitators,
  declinePendingStandings,
  findStanding,
  insertGroup,
  isActiveMember,
  listGroupPeople,
  listInviteCandidates,
  listOrganisationGroups,
  listVisibleGroups,
  lockGroup,
  recordAuditEvent,
  replaceGroupAgreement,
  setStanding,
} from "@tend/db/queries";
import {
  canReadInside,
  canSeeGroup,
  decideAdmission,
  decideJoin,
  DEFAULT_AGREEMENT,
  DEFAULT_MEMBER_LIMIT,
  facilitates,
} from "@tend/groups";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { auditGroup, insideGroup, NOT_FOUND, visibleGroup } from "./access";

/** What the person asking sees of their own standing. */
function ownStanding(standing: Standing | null, currentVersion: number) {
  return {
    status: standing?.status ?? null,
    role: standing?.status === "active" ? standing.role : null,
    /** An active member who has not accepted the current agreement must accept it to go on. */
    agreementToAccept: standing?.status === "active" && standing.pledgeVersion !== currentVersion,
  };
}

/** The organisation's groups the caller may know of, with their places and the caller's standing. */
export async function listGroups(db: DbOrTx, actor: MemberActor) {
  const rows = await listVisibleGroups(db, {
    organisationId: actor.membership.organisationId,
    membershipId: actor.membership.membershipId,
  });
  return rows.map((g) => ({
    id: g.id,
    name: g.name,
    purpose: g.purpose,
    format: g.format,
    visibility: g.visibility,
    memberLimit: g.memberLimit,
    activeMembers: g.activeMembers,
    you: ownStanding(g.standing, g.agreementVersion),
  }));
}

/**
 * A group's page: what anyone who may see it sees (about, agreement, places), and for members
 * who accepted the current agreement its members; facilitators also see pending requests and
 * invitations.
 */
export async function getGroup(db: DbOrTx, actor: MemberActor, groupId: string) {
  const group = await visibleGroup(db, actor, groupId);
  const standing = group.standing;
  const inside = canReadInside({
    standing: standing?.status ?? null,
    acceptedVersion: standing?.pledgeVersion ?? null,
    currentVersion: group.agreementVersion,
  });
  const runs = inside && facilitates(standing?.role ?? null, standing?.status ?? null);
  const people = inside
    ? await listGroupPeople(db, {
        groupId: group.id,
        statuses: runs ? ["active", "requested", "invited"] : ["active"],
      })
    : [];
  const person = (p: (typeof people)[number]) => ({
    membershipId: p.membershipId,
    name: p.name,
    role: p.role,
  });
  return {
    id: group.id,
    name: group.name,
    purpose: group.purpose,
    format: group.format,
    visibility: group.visibility,
    memberLimit: group.memberLimit,
    activeMembers: group.activeMembers,
    agreement: group.agreement,
    agreementVersion: group.agreementVersion,
    you: { ...ownStanding(standing, group.agreementVersion), facilitates: runs },
    members: inside ? people.filter((p) => p.status === "active").map(person) : null,
    requests: runs ? people.filter((p) => p.status === "requested").map(person) : null,
    invited: runs ? people.filter((p) => p.status === "invited").map(person) : null,
  };
}

export interface CreateGroupInput {
  name: string;
  purpose: string;
  format: GroupFormat;
  visibility: GroupVisibility;
  memberLimit?: number | undefined;
  agreement?: string | undefined;
}

/** Creates a group; the caller is its facilitator, bound by its agreement like everyone. */
export async function createGroup(db: DbOrTx, actor: MemberActor, input: CreateGroupInput) {
  const organisationId = actor.membership.organisationId;
  const now = new Date();
  return db.transaction(async (tx) => {
    const id = await insertGroup(tx, {
      organisationId,
      name: input.name,
      purpose: input.purpose,
      format: input.format,
      visibility: input.visibility,
      memberLimit: input.memberLimit ?? DEFAULT_MEMBER_LIMIT,
      agreement: input.agreement?.trim() ? input.agreement : DEFAULT_AGREEMENT,
    });
    await setStanding(tx, {
      organisationId,
      groupId: id,
      membershipId: actor.membership.membershipId,
      status: "active",
      role: "facilitator",
      pledgeVersion: 1,
      at: now,
    });
    return { id };
  });
}

const JOIN_REFUSALS: Record<
  JoinRefusal,
  { code: "CONFLICT" | "FORBIDDEN" | "INVALID"; message: string }
> = {
  archived: { code: "CONFLICT", message: "This group has been archived and takes no one new." },
  "already-member": { code: "CONFLICT", message: "You are already a member of this group." },
  "already-requested": {
    code: "CONFLICT",
    message: "You have already asked to join; a facilitator will answer.",
  },
  full: { code: "CONFLICT", message: "This group is full. Every place is taken." },
  "invite-only": {
    code: "FORBIDDEN",
    message: "Only people a facilitator invites can join this group.",
  },
  removed: {
    code: "FORBIDDEN",
    message: "A facilitator removed you from this group; only a new invitation lets you back.",
  },
  agreement: {
    code: "INVALID",
    message:
      "Read and accept the group's agreement to join. It may have changed since you opened it.",
  },
};

/**
 * Joins a group, or asks to (request groups): `agreementVersion` is the agreement the caller
 * read and accepts. Returns whether they joined or asked.
 */
export async function joinGroup(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; agreementVersion: number },
): Promise<{ outcome: "joined" | "requested" }> {
  const organisationId = actor.membership.organisationId;
  const membershipId = actor.membership.membershipId;
  return db.transaction(async (tx) => {
    const group = await lockGroup(tx, { organisationId, groupId: input.groupId });
    const standing = group ? await findStanding(tx, { groupId: group.id, membershipId }) : null;
    if (!group || !canSeeGroup(group.visibility, standing?.status ?? null))
      throw new DomainError("NOT_FOUND", NOT_FOUND);
    const decision = decideJoin({
      visibility: group.visibility,
      archived: group.archivedAt !== null,
      activeMembers: group.activeMembers,
      limit: group.memberLimit,
      standing: standing?.status ?? null,
      acceptedVersion: input.agreementVersion,
      currentVersion: group.agreementVersion,
    });
    if (decision.outcome === "refused") {
      const refusal = JOIN_REFUSALS[decision.reason];
      throw new DomainError(refusal.code, refusal.message);
    }
    await setStanding(tx, {
      organisationId,
      groupId: group.id,
      membershipId,
      status: decision.outcome === "join" ? "active" : "requested",
      pledgeVersion: group.agreementVersion,
      at: new Date(),
    });
    return { outcome: decision.outcome === "join" ? "joined" : "requested" };
  });
}

/** Accepts a group's current agreement again, after the facilitators changed it. */
export async function acceptAgreement(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; agreementVersion: number },
) {
  const group = await visibleGroup(db, actor, input.groupId);
  if (group.standing?.status !== "active")
    throw new DomainError("FORBIDDEN", "Only members accept a group's agreement this way.");
  if (input.agreementVersion !== group.agreementVersion)
    throw new DomainError(
      "INVALID",
      "The agreement changed while you were reading it. Read the new one, then accept it.",
    );
  await acceptGroupAgreement(db, {
    groupId: group.id,
    membershipId: actor.membership.membershipId,
    version: group.agreementVersion,
    at: new Date(),
  });
}

/** Leaves a group. The last facilitator hands the group on first, unless nobody else is in it. */
export async function leaveGroup(db: DbOrTx, actor: MemberActor, groupId: string) {
  const organisationId = actor.membership.organisationId;
  const membershipId = actor.membership.membershipId;
  await db.transaction(async (tx) => {
    const group = await lockGroup(tx, { organisationId, groupId });
    const standing = group ? await findStanding(tx, { groupId, membershipId }) : null;
    if (!group || !standing || !canSeeGroup(group.visibility, standing.status))
      throw new DomainError("NOT_FOUND", NOT_FOUND);
    if (
      standing.status !== "active" &&
      standing.status !== "requested" &&
      standing.status !== "invited"
    )
      throw new DomainError("CONFLICT", "You are not in this group.");
    if (
      standing.status === "active" &&
      standing.role === "facilitator" &&
      group.activeMembers > 1
    ) {
      if ((await countFacilitators(tx, groupId)) <= 1)
        throw new DomainError(
          "CONFLICT",
          "You are this group's only facilitator. Make another member facilitator before you leave.",
        );
    }
    const now = new Date();
    // Declining an invitation or withdrawing a request leaves no trace of having been a member.
    await setStanding(tx, {
      organisationId,
      groupId,
      membershipId,
      status: standing.status === "active" ? "left" : "declined",
      at: now,
    });
    // The last member out: nobody is left to answer requests or welcome those invited.
    if (standing.status === "active" && group.activeMembers <= 1)
      await declinePendingStandings(tx, { groupId, at: now });
  });
}

/**
 * A facilitator's change to someone's standing, under the group's lock: `check` says whether
 * the change may happen given the group and that person's standing now.
 */
async function facilitatorChange(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; membershipId: string },
  change: (
    group: NonNullable<Awaited<ReturnType<typeof lockGroup>>>,
    standing: Standing | null,
    tx: DbOrTx,
    own: Standing,
  ) => Promise<void>,
) {
  const organisationId = actor.membership.organisationId;
  await db.transaction(async (tx) => {
    const group = await lockGroup(tx, { organisationId, groupId: input.groupId });
    const own = group
      ? await findStanding(tx, { groupId: group.id, membershipId: actor.membership.membershipId })
      : null;
    if (!group || !canSeeGroup(group.visibility, own?.status ?? null))
      throw new DomainError("NOT_FOUND", NOT_FOUND);
    const inside = canReadInside({
      standing: own?.status ?? null,
      acceptedVersion: own?.pledgeVersion ?? null,
      currentVersion: group.agreementVersion,
    });
    if (!own || !inside || !facilitates(own.role, own.status))
      throw new DomainError("FORBIDDEN", "Only the group's facilitators can do this.");
    if (group.archivedAt)
      throw new DomainError("CONFLICT", "This group has been archived: nothing in it can change.");
    const standing = await findStanding(tx, {
      groupId: group.id,
      membershipId: input.membershipId,
    });
    await change(group, standing, tx, own);
  });
}

/** Admits or declines a request to join. */
export async function decideRequest(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; membershipId: string; admit: boolean },
) {
  await facilitatorChange(db, actor, input, async (group, standing, tx) => {
    if (input.admit) {
      const admission = decideAdmission({
        archived: false,
        standing: standing?.status ?? null,
        activeMembers: group.activeMembers,
        limit: group.memberLimit,
      });
      if (!admission.ok)
        throw new DomainError(
          "CONFLICT",
          admission.reason === "full"
            ? "The group is full: make room, or raise its limit, before admitting anyone."
            : "There is no request from this person any more.",
        );
    } else if (standing?.status !== "requested")
      throw new DomainError("CONFLICT", "There is no request from this person any more.");
    await setStanding(tx, {
      organisationId: group.organisationId,
      groupId: group.id,
      membershipId: input.membershipId,
      status: input.admit ? "active" : "declined",
      decidedByMembershipId: actor.membership.membershipId,
      at: new Date(),
    });
    await auditGroup(
      tx,
      actor,
      group.id,
      input.admit ? "group.request_admitted" : "group.request_declined",
      { membershipId: input.membershipId },
    );
  });
}

/**
 * Colleagues a facilitator may invite, by a part of their name (at most 20): active members of
 * the organisation not already in the group, invited or asking.
 */
export async function inviteCandidates(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; search: string },
) {
  const { group, facilitates } = await insideGroup(db, actor, input.groupId);
  if (!facilitates) throw new DomainError("FORBIDDEN", "Only the group's facilitators can invite.");
  return listInviteCandidates(db, {
    organisationId: group.organisationId,
    groupId: group.id,
    search: input.search,
    limit: 20,
  });
}

/** Invites a member of the organisation; they join by accepting the agreement. */
export async function inviteToGroup(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; membershipId: string },
) {
  await facilitatorChange(db, actor, input, async (group, standing, tx) => {
    if (
      !(await isActiveMember(tx, {
        organisationId: group.organisationId,
        membershipId: input.membershipId,
      }))
    )
      throw new DomainError("NOT_FOUND", "There is no such colleague in your organisation.");
    if (standing?.status === "active")
      throw new DomainError("CONFLICT", "This person is already a member.");
    if (standing?.status === "invited")
      throw new DomainError("CONFLICT", "This person has already been invited.");
    await setStanding(tx, {
      organisationId: group.organisationId,
      groupId: group.id,
      membershipId: input.membershipId,
      status: "invited",
      decidedByMembershipId: actor.membership.membershipId,
      at: new Date(),
    });
    await auditGroup(tx, actor, group.id, "group.member_invited", {
      membershipId: input.membershipId,
    });
  });
}

/** Removes a member (they lose access at once); an audit event, as every moderation action. */
export async function removeFromGroup(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; membershipId: string },
) {
  if (input.membershipId === actor.membership.membershipId)
    throw new DomainError("INVALID", "To leave the group yourself, use Leave group.");
  await facilitatorChange(db, actor, input, async (group, standing, tx, own) => {
    // An invitation is withdrawn, not a removal: the person was never in the group.
    if (standing?.status === "invited") {
      await setStanding(tx, {
        organisationId: group.organisationId,
        groupId: group.id,
        membershipId: input.membershipId,
        status: "declined",
        at: new Date(),
      });
      await auditGroup(tx, actor, group.id, "group.invitation_withdrawn", {
        membershipId: input.membershipId,
      });
      return;
    }
    if (standing?.status !== "active")
      throw new DomainError("CONFLICT", "This person is not a member of the group.");
    // Co-facilitators look after members; only a facilitator removes one of those who run it.
    if (standing.role !== "member" && own.role !== "facilitator")
      throw new DomainError("FORBIDDEN", "Only a facilitator can remove a facilitator.");
    await setStanding(tx, {
      organisationId: group.organisationId,
      groupId: group.id,
      membershipId: input.membershipId,
      status: "removed",
      decidedByMembershipId: actor.membership.membershipId,
      at: new Date(),
    });
    await auditGroup(tx, actor, group.id, "group.member_removed", {
      membershipId: input.membershipId,
    });
  });
}

/**
 * Changes a member's role in the group (facilitator, co-facilitator or member). Only a
 * facilitator gives or takes roles, and the group always keeps a facilitator.
 */
export async function setGroupRole(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; membershipId: string; role: GroupRole },
) {
  await facilitatorChange(db, actor, input, async (group, standing, tx, own) => {
    if (own.role !== "facilitator")
      throw new DomainError("FORBIDDEN", "Only a facilitator can change roles in the group.");
    if (standing?.status !== "active")
      throw new DomainError("CONFLICT", "This person is not a member of the group.");
    if (standing.role === input.role) return;
    if (standing.role === "facilitator") {
      if ((await countFacilitators(tx, group.id)) <= 1)
        throw new DomainError(
          "CONFLICT",
          "The group needs a facilitator: make another member facilitator first.",
        );
    }
    await setStanding(tx, {
      organisationId: group.organisationId,
      groupId: group.id,
      membershipId: input.membershipId,
      status: "active" satisfies MemberStatus,
      role: input.role,
      at: new Date(),
    });
    await auditGroup(tx, actor, group.id, "group.role_changed", {
      membershipId: input.membershipId,
      from: standing.role,
      to: input.role,
    });
  });
}

/**
 * Replaces the group's agreement: its version rises, so every member accepts it again before
 * reading on; the facilitator who wrote it has accepted it.
 */
export async function updateAgreement(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; agreement: string },
) {
  await facilitatorChange(
    db,
    actor,
    { groupId: input.groupId, membershipId: actor.membership.membershipId },
    async (group, _standing, tx) => {
      // The same words again change nothing: members are not asked to accept them again.
      if (input.agreement === group.agreement) return;
      const now = new Date();
      const version = await replaceGroupAgreement(tx, {
        organisationId: group.organisationId,
        groupId: group.id,
        agreement: input.agreement,
        at: now,
      });
      if (version === null) throw new DomainError("NOT_FOUND", NOT_FOUND);
      await acceptGroupAgreement(tx, {
        groupId: group.id,
        membershipId: actor.membership.membershipId,
        version,
        at: now,
      });
      await auditGroup(tx, actor, group.id, "group.agreement_changed", { version });
    },
  );
}

/** An admin archives a group: it leaves the directory and takes nobody new; its rows are kept. */
/** The organisation's groups as its admins see them: the frame and a count of members. */
export async function listGroupsForAdmin(db: DbOrTx, actor: MemberActor) {
  return listOrganisationGroups(db, actor.membership.organisationId);
}

export async function archiveGroup(db: DbOrTx, actor: MemberActor, groupId: string) {
  const organisationId = actor.membership.organisationId;
  await db.transaction(async (tx) => {
    if (!(await archiveGroupRow(tx, { organisationId, groupId, at: new Date() })))
      throw new DomainError("NOT_FOUND", "This group does not exist or is already archived.");
    await recordAuditEvent(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: "group.archived",
      subjectType: "peer_group",
      subjectId: groupId,
    });
  });
}
