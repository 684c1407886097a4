/**
 * Who may join a peer support group, and how: the group's visibility, its member limit, the
 * person's standing in it and the confidentiality agreement they accepted. Pure: the caller
 * reads the group and the person's row under a lock and stores what this decides.
 */

/** Clinicians' peer formats: their frame differs, their membership rules do not. */
export const GROUP_FORMATS = ["peer-support", "balint", "schwartz-round", "other"] as const;
export type GroupFormat = (typeof GROUP_FORMATS)[number];

/**
 * - `open`: anyone in the organisation may join while there is room;
 * - `request`: anyone may ask; a facilitator admits them;
 * - `invite-only`: only people a facilitator invited may join, and nobody else sees the group.
 */
export const GROUP_VISIBILITIES = ["open", "request", "invite-only"] as const;
export type GroupVisibility = (typeof GROUP_VISIBILITIES)[number];

export const GROUP_ROLES = ["facilitator", "co-facilitator", "member"] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

/** A person's standing in a group; `null` when they never had one. */
export const MEMBER_STATUSES = [
  "active",
  "requested",
  "invited",
  "declined",
  "left",
  "removed",
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** A small group keeps its frame: ten unless the facilitators choose otherwise. */
export const DEFAULT_MEMBER_LIMIT = 10;
export const MIN_MEMBER_LIMIT = 2;
export const MAX_MEMBER_LIMIT = 50;

export type JoinRefusal =
  /** The group was archived: it takes nobody. */
  | "archived"
  | "already-member"
  | "already-requested"
  /** Every place is taken. */
  | "full"
  /** Only people a facilitator invited may join. */
  | "invite-only"
  /** A facilitator removed them: only a new invitation lets them back. */
  | "removed"
  /** They have not accepted the group's current agreement. */
  | "agreement";

export type JoinDecision =
  { outcome: "join" } | { outcome: "request" } | { outcome: "refused"; reason: JoinRefusal };

export interface JoinContext {
  visibility: GroupVisibility;
  archived: boolean;
  /** Members whose standing is `active`, counted under the group's lock. */
  activeMembers: number;
  limit: number;
  standing: MemberStatus | null;
  /** The agreement version the person accepts with this request (null: none). */
  acceptedVersion: number | null;
  currentVersion: number;
}

/** What asking to join does: join at once, wait for a facilitator, or a refusal and why. */
export function decideJoin(c: JoinContext): JoinDecision {
  const refuse = (reason: JoinRefusal): JoinDecision => ({ outcome: "refused", reason });
  if (c.archived) return refuse("archived");
  if (c.standing === "active") return refuse("already-member");
  if (c.standing === "removed") return refuse("removed");
  if (c.acceptedVersion !== c.currentVersion) return refuse("agreement");
  const full = c.activeMembers >= c.limit;
  if (c.standing === "invited") return full ? refuse("full") : { outcome: "join" };
  switch (c.visibility) {
    case "open":
      return full ? refuse("full") : { outcome: "join" };
    case "request":
      return c.standing === "requested" ? refuse("already-requested") : { outcome: "request" };
    case "invite-only":
      return refuse("invite-only");
  }
}

/** Whether a facilitator may admit a request now: it must be pending and there must be room. */
export function decideAdmission(c: {
  archived: boolean;
  standing: MemberStatus | null;
  activeMembers: number;
  limit: number;
}): { ok: true } | { ok: false; reason: "archived" | "no-request" | "full" } {
  if (c.archived) return { ok: false, reason: "archived" };
  if (c.standing !== "requested") return { ok: false, reason: "no-request" };
  if (c.activeMembers >= c.limit) return { ok: false, reason: "full" };
  return { ok: true };
}

/**
 * Whether someone may know the group exists (see it in the directory, open its about page):
 * an invite-only group shows itself only to its members and the people invited to it.
 */
export function canSeeGroup(visibility: GroupVisibility, standing: MemberStatus | null): boolean {
  if (visibility !== "invite-only") return true;
  return standing === "active" || standing === "invited";
}

/**
 * Whether someone may read inside a group (members, meetings, discussion): an active member
 * who has accepted its current agreement. A changed agreement asks everyone to accept again.
 */
export function canReadInside(member: {
  standing: MemberStatus | null;
  acceptedVersion: number | null;
  currentVersion: number;
}): boolean {
  return member.standing === "active" && member.acceptedVersion === member.currentVersion;
}

/** Facilitators and co-facilitators run the group: requests, invitations, agreement, removal. */
export function facilitates(role: GroupRole | null, standing: MemberStatus | null): boolean {
  return standing === "active" && (role === "facilitator" || role === "co-facilitator");
}
