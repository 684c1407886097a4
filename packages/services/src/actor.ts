import type { MembershipSummary, SignedInPerson } from "@tend/db/queries";
import type { Role } from "@tend/db/schema";

/**
 * Who is acting: a signed-in person, as read with their session in the request's one lookup
 * (profile and organisations included, so that no domain function reads them again). Domain
 * functions take it first, after the database.
 */
export interface UserActor {
  userId: string;
  person: SignedInPerson;
  /** Every organisation they belong to, by name. */
  memberships: MembershipSummary[];
}

/** A signed-in person acting inside their active organisation, with their roles there. */
export interface MemberActor extends UserActor {
  membership: MembershipSummary;
}

export const hasRole = (actor: MemberActor, role: Role): boolean =>
  actor.membership.roles.includes(role);
