import type { MembershipSummary } from "@tend/db/queries";
import type { Role } from "@tend/db/schema";

/** Who is acting: a signed-in person. Domain functions take it first, after the database. */
export interface UserActor {
  userId: string;
}

/** A signed-in person acting inside their active organisation, with their roles there. */
export interface MemberActor extends UserActor {
  membership: MembershipSummary;
}

export const hasRole = (actor: MemberActor, role: Role): boolean =>
  actor.membership.roles.includes(role);
