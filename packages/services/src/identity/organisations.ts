/** Organisations a person belongs to, their teams and people, and supervision links. */
import type { DbOrTx } from "@tend/db";
import {
  listSupervisees,
  listSupervisors,
  listTeams as readTeams,
  recordAuditEvent,
  setActiveOrganisation,
} from "@tend/db/queries";

import type { MemberActor, UserActor } from "../actor";
import { DomainError } from "../errors";

/** Every organisation the caller belongs to, with their roles there, by name (read with the session). */
export function listMemberships(actor: UserActor) {
  return actor.memberships;
}

/** Makes another of the caller's organisations the active one. */
export async function switchOrganisation(db: DbOrTx, actor: UserActor, organisationId: string) {
  const switched = await setActiveOrganisation(db, { userId: actor.userId, organisationId });
  if (!switched) throw new DomainError("FORBIDDEN", "You are not a member of that organisation.");
  await recordAuditEvent(db, {
    organisationId,
    actorUserId: actor.userId,
    action: "organisation.switched",
  });
  return { organisationId };
}

/** Teams of the caller's organisation, with member counts. */
export function listTeams(db: DbOrTx, actor: MemberActor) {
  return readTeams(db, actor.membership.organisationId);
}

/** The caller's current supervisees in the active organisation. */
export function listMySupervisees(db: DbOrTx, actor: MemberActor) {
  return listSupervisees(db, actor.membership.membershipId);
}

/** The caller's current supervisors in the active organisation. */
export function listMySupervisors(db: DbOrTx, actor: MemberActor) {
  return listSupervisors(db, actor.membership.membershipId);
}
