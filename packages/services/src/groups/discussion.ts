/**
 * A group's discussion and its moderation. Members read and write threads; a post may go out
 * as "a member", and its author is revealed only to the facilitators reviewing it once it is
 * reported. Members flag posts; three open flags hide a post until a facilitator restores or
 * removes it; facilitators may mute a member for a while. Every facilitator action is an audit
 * event, and the author hears of the outcome by e-mail (outside their quiet hours).
 */
import type { DbOrTx } from "@tend/db";
import type { PostRow } from "@tend/db/queries";
import type { FlagReason, MuteDays } from "@tend/groups";
import {
  countFlaggedPosts,
  editPost as editPostRow,
  erasePost,
  findPost,
  findStanding,
  insertFlag,
  insertGroupNotice,
  insertPost,
  listFlaggedPosts,
  listGroupPeople,
  listThreadPosts,
  listThreads as listThreadRows,
  lockPost,
  recordAuditEvent,
  resolveFlags,
  setMutedUntil,
  setPostState,
} from "@tend/db/queries";
import {
  authorShown,
  canReadPost,
  isMuted,
  muteEnd,
  facilitates as runsGroup,
  stateAfterFlag,
} from "@tend/groups";
import { formatLocal } from "@tend/scheduling";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { notify } from "../notifications";
import { auditGroup, facilitatorOf, insideGroup } from "./access";

/** At most this many threads are listed, the most recently active first. */
export const THREAD_LIST_LIMIT = 100;

const POST_NOT_FOUND = "This post does not exist, or it is not in this group.";

const UNNAMED = { name: null, membershipId: null } as const;

/** Who a post is shown as, in words a page can print: never an anonymous author's name. */
function author(post: PostRow, reader: { membershipId: string; reviewing: boolean }) {
  const shown = authorShown(
    {
      authorMembershipId: post.author.membershipId,
      anonymous: post.anonymous,
      authorStanding: post.author.standing,
      reported: post.reported,
    },
    reader,
  );
  switch (shown.as) {
    case "named":
      return { as: "named" as const, name: post.author.name, membershipId: shown.membershipId };
    case "reported":
      return { as: "reported" as const, name: post.author.name, membershipId: shown.membershipId };
    case "you":
      return { as: "you" as const, ...UNNAMED };
    case "member":
      return { as: "member" as const, ...UNNAMED };
    case "former-member":
      return { as: "former-member" as const, ...UNNAMED };
  }
}

/** Who a post is shown as in the discussion (not reviewing: a reported author stays unnamed). */
function discussionAuthor(post: PostRow, membershipId: string) {
  const shown = author(post, { membershipId, reviewing: false });
  return shown.as === "reported" ? { as: "member" as const, ...UNNAMED } : shown;
}

/**
 * A post as one reader sees it: its words only when they may read them, and its state
 * (`deleted` when its author erased it).
 */
function present(post: PostRow, reader: { membershipId: string; facilitates: boolean }) {
  const readable = canReadPost(
    {
      state: post.state,
      deleted: post.deletedAt !== null,
      authorMembershipId: post.author.membershipId,
    },
    reader,
  );
  return {
    id: post.id,
    // A removed, deleted or (for members) hidden thread keeps nothing of its words, title included.
    title: readable ? post.title : null,
    body: readable ? post.body : null,
    state: post.deletedAt ? ("deleted" as const) : post.state,
    anonymous: post.author.membershipId === reader.membershipId ? post.anonymous : null,
    author: discussionAuthor(post, reader.membershipId),
    mine: post.author.membershipId === reader.membershipId,
    createdAt: post.createdAt,
    editedAt: post.editedAt,
  };
}

/** Whether the caller may post now, and until when they are muted if not. */
function postingRights(standing: { mutedUntil: Date | null }, now: Date) {
  const muted = isMuted(standing.mutedUntil, now);
  return { canPost: !muted, mutedUntil: muted ? standing.mutedUntil : null };
}

function assertMayPost(actor: MemberActor, standing: { mutedUntil: Date | null }, now: Date) {
  const { mutedUntil } = postingRights(standing, now);
  if (mutedUntil)
    throw new DomainError(
      "FORBIDDEN",
      `A facilitator has paused your posting in this group until ${formatLocal(mutedUntil, actor.person.timeZone, "EEEE d MMMM, HH:mm")}. You can still read.`,
    );
}

/** A group's threads, the most recently active first, with what the caller may do. */
export async function listThreads(db: DbOrTx, actor: MemberActor, groupId: string) {
  const { group, standing, facilitates } = await insideGroup(db, actor, groupId);
  const reader = { membershipId: actor.membership.membershipId, facilitates };
  const rows = await listThreadRows(db, { groupId: group.id, limit: THREAD_LIST_LIMIT });
  return {
    threads: rows.map((row) => ({
      ...present(row, reader),
      replies: row.replies,
      lastActivityAt: row.lastActivityAt,
    })),
    ...postingRights(standing, new Date()),
    /** Facilitators: how many posts wait in the moderation queue. */
    toReview: facilitates ? await countFlaggedPosts(db, group.id) : null,
  };
}

/** A thread with its replies, as the caller may see them. */
export async function getThread(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; threadId: string },
) {
  const { group, standing, facilitates } = await insideGroup(db, actor, input.groupId);
  const posts = await listThreadPosts(db, { groupId: group.id, threadId: input.threadId });
  const [opening, ...replies] = posts;
  if (opening?.threadId !== null)
    throw new DomainError("NOT_FOUND", "This thread does not exist, or it is not in this group.");
  const reader = { membershipId: actor.membership.membershipId, facilitates };
  return {
    group: { id: group.id, name: group.name },
    thread: present(opening, reader),
    replies: replies.map((post) => present(post, reader)),
    ...postingRights(standing, new Date()),
    facilitates,
  };
}

/** Starts a thread. */
export async function startThread(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; title: string; body: string; anonymous: boolean },
) {
  const { group, standing } = await insideGroup(db, actor, input.groupId);
  const now = new Date();
  assertMayPost(actor, standing, now);
  const id = await insertPost(db, {
    organisationId: group.organisationId,
    groupId: group.id,
    threadId: null,
    title: input.title,
    body: input.body,
    authorMembershipId: actor.membership.membershipId,
    anonymous: input.anonymous,
    at: now,
  });
  return { id };
}

/** Replies to a thread that is open: not removed, not waiting for review. */
export async function replyToThread(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; threadId: string; body: string; anonymous: boolean },
) {
  const { group, standing } = await insideGroup(db, actor, input.groupId);
  const now = new Date();
  assertMayPost(actor, standing, now);
  const thread = await findPost(db, { groupId: group.id, postId: input.threadId });
  if (thread?.threadId !== null)
    throw new DomainError("NOT_FOUND", "This thread does not exist, or it is not in this group.");
  if (thread.state === "removed")
    throw new DomainError("CONFLICT", "A facilitator removed this thread: it takes no replies.");
  if (thread.state === "hidden")
    throw new DomainError(
      "CONFLICT",
      "This thread waits for a facilitator's review: replies open again if it is restored.",
    );
  const id = await insertPost(db, {
    organisationId: group.organisationId,
    groupId: group.id,
    threadId: thread.id,
    title: null,
    body: input.body,
    authorMembershipId: actor.membership.membershipId,
    anonymous: input.anonymous,
    at: now,
  });
  return { id };
}

/** One of the caller's own posts, or why they cannot change it. */
async function ownPost(db: DbOrTx, actor: MemberActor, groupId: string, postId: string) {
  const post = await findPost(db, { groupId, postId });
  if (!post) throw new DomainError("NOT_FOUND", POST_NOT_FOUND);
  if (post.author.membershipId !== actor.membership.membershipId)
    throw new DomainError("FORBIDDEN", "You can change only your own posts.");
  return post;
}

/** Edits one of the caller's posts (a thread's title with its opening post). */
export async function editPost(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; postId: string; body: string; title?: string | undefined },
) {
  const { group, standing } = await insideGroup(db, actor, input.groupId);
  const now = new Date();
  assertMayPost(actor, standing, now);
  const post = await ownPost(db, actor, group.id, input.postId);
  if (post.deletedAt) throw new DomainError("CONFLICT", "You deleted this post.");
  if (post.state !== "visible")
    throw new DomainError(
      "CONFLICT",
      post.state === "removed"
        ? "A facilitator removed this post; it can no longer be edited."
        : "This post waits for a facilitator's review; it can be edited once it is restored.",
    );
  // The facilitators review the words that were flagged, not a later version of them.
  if (post.openFlags > 0)
    throw new DomainError(
      "CONFLICT",
      "Members flagged this post: it can be edited once a facilitator has reviewed it.",
    );
  if (input.title !== undefined && post.threadId !== null)
    throw new DomainError("INVALID", "Only a thread's opening post has a title.");
  await editPostRow(db, {
    postId: post.id,
    body: input.body,
    title: post.threadId === null ? input.title : undefined,
    at: now,
  });
}

/** Deletes one of the caller's posts: its words are erased, its place in the thread stays. */
export async function deletePost(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; postId: string },
) {
  const { group } = await insideGroup(db, actor, input.groupId);
  const post = await ownPost(db, actor, group.id, input.postId);
  if (post.deletedAt) return;
  await erasePost(db, { postId: post.id, at: new Date() });
}

/**
 * Flags a post for the facilitators, with a reason. At the third open flag the post is
 * hidden from members until a facilitator reviews it.
 */
export async function flagPost(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; postId: string; reason: FlagReason; note: string },
): Promise<{ hidden: boolean }> {
  const { group, facilitates } = await insideGroup(db, actor, input.groupId);
  return db.transaction(async (tx) => {
    const post = await findPost(tx, { groupId: group.id, postId: input.postId });
    const reader = { membershipId: actor.membership.membershipId, facilitates };
    if (!post) throw new DomainError("NOT_FOUND", POST_NOT_FOUND);
    if (post.author.membershipId === reader.membershipId)
      throw new DomainError("INVALID", "You cannot flag your own post: edit or delete it instead.");
    if (
      post.state !== "visible" ||
      !canReadPost(
        {
          state: post.state,
          deleted: post.deletedAt !== null,
          authorMembershipId: post.author.membershipId,
        },
        reader,
      )
    )
      throw new DomainError("CONFLICT", "This post is already with the facilitators or gone.");
    const locked = await lockPost(tx, { groupId: group.id, postId: post.id });
    if (!locked) throw new DomainError("NOT_FOUND", POST_NOT_FOUND);
    if (
      !(await insertFlag(tx, {
        postId: post.id,
        flaggerMembershipId: reader.membershipId,
        reason: input.reason,
        note: input.note,
      }))
    )
      throw new DomainError("CONFLICT", "You have already flagged this post.");
    // The facilitators hear of a post once, at its first open flag.
    if (locked.openFlags === 0)
      await notify(tx, {
        organisationId: group.organisationId,
        recipients: (await listGroupPeople(tx, { groupId: group.id, statuses: ["active"] }))
          .filter((p) => runsGroup(p.role, p.status))
          .map((p) => p.membershipId),
        actorMembershipId: reader.membershipId,
        kind: "post_flagged",
        subjectId: post.id,
        text: `A post in ${group.name} was flagged for the facilitators to review.`,
        href: `/groups/${group.id}/moderation`,
        eventAt: null,
      });
    const next = stateAfterFlag(locked.state, locked.openFlags + 1);
    if (next === locked.state) return { hidden: false };
    await setPostState(tx, { postId: post.id, state: next });
    // Hidden by the members' flags, not by a person: the audit names no one.
    await recordAuditEvent(tx, {
      organisationId: group.organisationId,
      action: "group.post_hidden",
      subjectType: "peer_group",
      subjectId: group.id,
      data: { postId: post.id },
    });
    return { hidden: true };
  });
}

/**
 * The facilitators' moderation queue: flagged posts with the reasons given (never by whom),
 * and the author of a reported anonymous post.
 */
export async function moderationQueue(db: DbOrTx, actor: MemberActor, groupId: string) {
  const { group } = await facilitatorOf(db, actor, groupId);
  const rows = await listFlaggedPosts(db, group.id);
  const reviewer = { membershipId: actor.membership.membershipId, reviewing: true };
  return {
    group: { id: group.id, name: group.name },
    posts: rows.map((post) => ({
      id: post.id,
      threadId: post.threadId ?? post.id,
      title: post.deletedAt ? null : post.title,
      body: post.deletedAt ? null : post.body,
      state: post.deletedAt ? ("deleted" as const) : post.state,
      author: author(post, reviewer),
      anonymous: post.anonymous,
      createdAt: post.createdAt,
      // The reasons, in the order given, without their times: a time could point to who flagged.
      flags: post.flags.map(({ reason, note }) => ({ reason, note })),
    })),
  };
}

/**
 * A facilitator's decision on a flagged post: restore it for every member, or remove it. Its
 * open flags close, the decision is audited and its author is told.
 */
export async function reviewPost(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; postId: string; decision: "restore" | "remove" },
) {
  const { group } = await facilitatorOf(db, actor, input.groupId);
  await db.transaction(async (tx) => {
    const locked = await lockPost(tx, { groupId: group.id, postId: input.postId });
    const post = locked ? await findPost(tx, { groupId: group.id, postId: input.postId }) : null;
    if (!locked || !post) throw new DomainError("NOT_FOUND", POST_NOT_FOUND);
    if (locked.openFlags === 0 && locked.state !== "hidden")
      throw new DomainError(
        "CONFLICT",
        "This post has no flags waiting: another facilitator may have reviewed it.",
      );
    const now = new Date();
    await setPostState(tx, {
      postId: post.id,
      state: input.decision === "restore" ? "visible" : "removed",
      reviewedAt: now,
    });
    await resolveFlags(tx, { postId: post.id, at: now });
    await auditGroup(
      tx,
      actor,
      group.id,
      input.decision === "restore" ? "group.post_restored" : "group.post_removed",
      { postId: post.id, flags: locked.openFlags },
    );
    if (!post.deletedAt)
      await insertGroupNotice(tx, {
        organisationId: group.organisationId,
        groupId: group.id,
        recipientMembershipId: post.author.membershipId,
        kind: input.decision === "restore" ? "post-restored" : "post-removed",
        postId: post.id,
      });
  });
}

/**
 * Mutes a member for a number of days (they read on but cannot post), or lifts a mute with
 * `days: null`. Facilitators and co-facilitators are not muted: change their role first.
 */
export async function muteMember(
  db: DbOrTx,
  actor: MemberActor,
  input: { groupId: string; membershipId: string; days: MuteDays | null },
) {
  const { group } = await facilitatorOf(db, actor, input.groupId);
  if (input.membershipId === actor.membership.membershipId)
    throw new DomainError("INVALID", "You cannot mute yourself.");
  await db.transaction(async (tx) => {
    const standing = await findStanding(tx, {
      groupId: group.id,
      membershipId: input.membershipId,
    });
    if (standing?.status !== "active")
      throw new DomainError("CONFLICT", "This person is not a member of the group.");
    if (standing.role !== "member")
      throw new DomainError(
        "CONFLICT",
        "Facilitators are not muted: make them an ordinary member first.",
      );
    const until = input.days === null ? null : muteEnd(input.days, new Date());
    await setMutedUntil(tx, { groupId: group.id, membershipId: input.membershipId, until });
    await auditGroup(tx, actor, group.id, until ? "group.member_muted" : "group.member_unmuted", {
      membershipId: input.membershipId,
      ...(until ? { until: until.toISOString() } : {}),
    });
    if (until)
      await insertGroupNotice(tx, {
        organisationId: group.organisationId,
        groupId: group.id,
        recipientMembershipId: input.membershipId,
        kind: "muted",
        until,
      });
  });
}
