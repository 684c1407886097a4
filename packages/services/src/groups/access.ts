/** What every group function starts from: the group as the caller may see it, and the audit trail. */
import type { DbOrTx } from "@tend/db";
import { findGroup, recordAuditEvent } from "@tend/db/queries";
import { canReadInside, canSeeGroup, facilitates } from "@tend/groups";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";

export const NOT_FOUND = "This group does not exist, or you cannot see it.";

/** A group the caller may see, or NOT_FOUND. */
export async function visibleGroup(db: DbOrTx, actor: MemberActor, groupId: string) {
  const group = await findGroup(db, {
    organisationId: actor.membership.organisationId,
    groupId,
    membershipId: actor.membership.membershipId,
  });
  if (!group || group.archivedAt || !canSeeGroup(group.visibility, group.standing?.status ?? null))
    throw new DomainError("NOT_FOUND", NOT_FOUND);
  return group;
}

/** Records a facilitator's action on the group (every moderation action is an audit event). */
export function auditGroup(
  tx: DbOrTx,
  actor: MemberActor,
  groupId: string,
  action: string,
  data: Record<string, unknown> = {},
) {
  return recordAuditEvent(tx, {
    organisationId: actor.membership.organisationId,
    actorUserId: actor.userId,
    action,
    subjectType: "peer_group",
    subjectId: groupId,
    data,
  });
}

/**
 * A group the caller reads inside (members, meetings, discussion): an active member who has
 * accepted its current agreement. Others who may see the group are refused; others still are
 * told nothing. Read at every request, so a removed member's next request is refused.
 */
export async function insideGroup(db: DbOrTx, actor: MemberActor, groupId: string) {
  const group = await visibleGroup(db, actor, groupId);
  const standing = group.standing;
  if (
    !standing ||
    !canReadInside({
      standing: standing.status,
      acceptedVersion: standing.pledgeVersion,
      currentVersion: group.agreementVersion,
    })
  )
    throw new DomainError(
      "FORBIDDEN",
      standing?.status === "active"
        ? "The group's agreement has changed: read and accept it to go on."
        : "Only the group's members can read what is inside it.",
    );
  return { group, standing, facilitates: facilitates(standing.role, standing.status) };
}

/** Refuses everyone but the group's facilitators (an archived group is not found, as above). */
export async function facilitatorOf(db: DbOrTx, actor: MemberActor, groupId: string) {
  const inside = await insideGroup(db, actor, groupId);
  if (!inside.facilitates)
    throw new DomainError("FORBIDDEN", "Only the group's facilitators can do this.");
  return inside;
}
