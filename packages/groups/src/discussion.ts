/**
 * A group's discussion: who a post is shown as, who may read a post that members flagged, and
 * how long a facilitator may mute someone. Pure: the domain functions read the rows and apply
 * these rules before anything leaves the server.
 */
import type { MemberStatus } from "./membership";
import { hiddenByFlags } from "./agreement";

export const THREAD_TITLE_MAX_LENGTH = 120;
export const POST_MAX_LENGTH = 5_000;
export const FLAG_NOTE_MAX_LENGTH = 500;

/** Why a member flags a post; the facilitators read the reason, never who gave it. */
export const FLAG_REASONS = ["confidentiality", "unkind", "worried", "other"] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

/**
 * - `visible`: every member reads it;
 * - `hidden`: enough members flagged it that it waits, hidden, for a facilitator's review;
 * - `removed`: a facilitator removed it.
 */
export const POST_STATES = ["visible", "hidden", "removed"] as const;
export type PostState = (typeof POST_STATES)[number];

/** How long a facilitator may mute a member, in days. */
export const MUTE_DAYS = [1, 7, 30] as const;
export type MuteDays = (typeof MUTE_DAYS)[number];

/**
 * Who a post is shown as to one reader:
 * - `you`: the reader wrote it (an anonymous post says so to its author alone);
 * - `named`: its author, by name, while they are in the group;
 * - `member`: posted as "a member";
 * - `former-member`: a named post whose author has left or was removed;
 * - `reported`: an anonymous post that was reported, shown to a facilitator reviewing it with
 *   its author's name (members were told this when they posted).
 */
export type AuthorShown =
  | { as: "you" }
  | { as: "named"; membershipId: string }
  | { as: "member" }
  | { as: "former-member" }
  | { as: "reported"; membershipId: string };

export interface PostAuthorship {
  authorMembershipId: string;
  anonymous: boolean;
  /** The author's standing in the group now (deactivated members count as gone). */
  authorStanding: MemberStatus | null;
  /** Whether any member has flagged the post (open or reviewed). */
  reported: boolean;
}

export interface Reader {
  membershipId: string;
  /** Whether the reader is looking at it as a facilitator in the moderation queue. */
  reviewing: boolean;
}

/** Who `reader` sees as the author of a post. */
export function authorShown(post: PostAuthorship, reader: Reader): AuthorShown {
  if (post.authorMembershipId === reader.membershipId) return { as: "you" };
  if (post.anonymous)
    return reader.reviewing && post.reported
      ? { as: "reported", membershipId: post.authorMembershipId }
      : { as: "member" };
  if (post.authorStanding !== "active") return { as: "former-member" };
  return { as: "named", membershipId: post.authorMembershipId };
}

/**
 * The state a post takes from its flags: a visible post is hidden once `AUTO_HIDE_FLAGS`
 * members flag it and it waits for review; a facilitator's decision stands until new flags.
 */
export function stateAfterFlag(state: PostState, openFlags: number): PostState {
  return state === "visible" && hiddenByFlags(openFlags) ? "hidden" : state;
}

/**
 * What a reader sees of a post's words: a hidden post only its author and the facilitators
 * read (members see that it waits for review); a removed post or one its author deleted nobody.
 */
export function canReadPost(
  post: { state: PostState; deleted: boolean; authorMembershipId: string },
  reader: { membershipId: string; facilitates: boolean },
): boolean {
  if (post.deleted || post.state === "removed") return false;
  if (post.state === "visible") return true;
  return reader.facilitates || post.authorMembershipId === reader.membershipId;
}

/** Whether a member muted until `mutedUntil` may post at `now`. */
export function isMuted(mutedUntil: Date | null, now: Date): boolean {
  return mutedUntil !== null && mutedUntil.getTime() > now.getTime();
}

/** The end of a mute of `days` days from `now`. */
export function muteEnd(days: MuteDays, now: Date): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

/** What a member is told by e-mail: a review's outcome, a mute, or news of a meeting. */
export const GROUP_NOTICE_KINDS = [
  "post-restored",
  "post-removed",
  "muted",
  "meeting-reminder",
  "meeting-changed",
  "meeting-cancelled",
] as const;
export type GroupNoticeKind = (typeof GROUP_NOTICE_KINDS)[number];
