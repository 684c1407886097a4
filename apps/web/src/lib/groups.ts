/** How peer groups are named in the portal. */
import type {
  FlagReason,
  GroupFormat,
  GroupRole,
  GroupVisibility,
  MemberStatus,
} from "@tend/groups";

export const FORMAT_LABELS: Record<GroupFormat, string> = {
  "peer-support": "Peer support",
  balint: "Balint group",
  "schwartz-round": "Schwartz round",
  other: "Other",
};

export const FORMAT_DESCRIPTIONS: Record<GroupFormat, string> = {
  "peer-support": "Colleagues who understand the work support one another.",
  balint: "A case is presented and the group reflects on the relationship with the client.",
  "schwartz-round": "A short story from the work, then reflection on how it felt.",
  other: "A frame the facilitators describe in the purpose.",
};

export const VISIBILITY_LABELS: Record<GroupVisibility, string> = {
  open: "Open to join",
  request: "Ask to join",
  "invite-only": "By invitation",
};

export const VISIBILITY_DESCRIPTIONS: Record<GroupVisibility, string> = {
  open: "Anyone in your organisation can join while there are places.",
  request: "Anyone can ask to join; a facilitator admits them.",
  "invite-only": "Only people a facilitator invites can join; nobody else sees the group.",
};

export const ROLE_LABELS: Record<GroupRole, string> = {
  facilitator: "Facilitator",
  "co-facilitator": "Co-facilitator",
  member: "Member",
};

/** The caller's standing as a short badge, or null when they have none worth showing. */
export function standingLabel(status: MemberStatus | null, role: GroupRole | null): string | null {
  switch (status) {
    case "active":
      return role ? ROLE_LABELS[role] : "Member";
    case "requested":
      return "Request sent";
    case "invited":
      return "Invited";
    case "removed":
      return "Removed";
    default:
      return null;
  }
}

export const FLAG_REASON_LABELS: Record<FlagReason, string> = {
  confidentiality: "It could identify a client or a colleague",
  unkind: "It is unkind or judging",
  worried: "I am worried about the person who wrote it",
  other: "Something else",
};

/** Who wrote a post, as the reader may know it. */
export function authorLabel(author: { as: string; name: string | null }): string {
  switch (author.as) {
    case "you":
      return "You";
    case "former-member":
      return "A former member";
    case "named":
      return author.name ?? "A member";
    case "reported":
      return `${author.name ?? "A member"} (posted as “a member”)`;
    default:
      return "A member";
  }
}

/** Told to every author before they post as "a member". */
export const ANONYMOUS_NOTICE =
  "Other members will see “a member” instead of your name. If someone flags the post, the group’s facilitators will see that you wrote it when they review it.";

/** A thread's title, or what became of it when its opening post cannot be read. */
export function threadTitle(thread: { title: string | null; state: string }): string {
  if (thread.title) return thread.title;
  switch (thread.state) {
    case "hidden":
      return "A thread waiting for a facilitator’s review";
    case "removed":
      return "A thread a facilitator removed";
    default:
      return "A thread its author deleted";
  }
}
