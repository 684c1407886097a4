/**
 * A group's discussion and its moderation: threads, posts with their author's standing, flags,
 * and the notices that tell an author what a review decided. The domain functions decide who
 * sees what (`@tend/groups`); these queries read every post of one group, by id.
 */
import type { SelectedFields } from "drizzle-orm/pg-core";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";

import type { FlagReason, GroupNoticeKind, MemberStatus, PostState } from "@tend/groups";

import type { DbOrTx } from "../client";
import {
  groupMeetings,
  groupMembers,
  groupNotices,
  groupPostFlags,
  groupPosts,
  memberships,
  peerGroups,
  users,
} from "../schema";

export interface PostRow {
  id: string;
  groupId: string;
  threadId: string | null;
  title: string | null;
  body: string;
  anonymous: boolean;
  state: PostState;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  author: {
    membershipId: string;
    /** Read for the domain function to show or withhold; never sent as it is. */
    name: string;
    /** Their standing in the group now; null once the organisation deactivated them. */
    standing: MemberStatus | null;
  };
  /** Whether a member who does not run the group ever flagged the post. */
  reported: boolean;
  /** Flags no facilitator has reviewed yet. */
  openFlags: number;
}

const authorStanding = sql<MemberStatus | null>`case when ${memberships.deactivatedAt} is null
  then ${groupMembers.status} end`;
/**
 * Reported: flagged by a member who does not run the group. A facilitator's own flag puts a post
 * in the queue but does not unmask its anonymous author to them.
 */
const reported = sql<boolean>`exists (select 1 from ${groupPostFlags} f
  join ${groupMembers} fm on fm.group_id = ${groupPosts.groupId}
    and fm.membership_id = f.flagger_membership_id
  where f.post_id = ${groupPosts.id} and fm.role = 'member')`;
const openFlags = sql<number>`(select count(*)::int from ${groupPostFlags} f
  where f.post_id = ${groupPosts.id} and f.resolved_at is null)`;

const postColumns = {
  id: groupPosts.id,
  groupId: groupPosts.groupId,
  threadId: groupPosts.threadId,
  title: groupPosts.title,
  body: groupPosts.body,
  anonymous: groupPosts.anonymous,
  state: groupPosts.state,
  createdAt: groupPosts.createdAt,
  editedAt: groupPosts.editedAt,
  deletedAt: groupPosts.deletedAt,
  author: {
    membershipId: groupPosts.authorMembershipId,
    name: users.name,
    standing: authorStanding,
  },
  reported,
  openFlags,
};

/**
 * Posts with their author's membership, user and standing in the post's group, and any
 * `extra` columns beside the post's.
 */
function selectPosts<E extends SelectedFields>(db: DbOrTx, extra: E) {
  return db
    .select({ ...postColumns, ...extra })
    .from(groupPosts)
    .innerJoin(memberships, eq(memberships.id, groupPosts.authorMembershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      groupMembers,
      and(
        eq(groupMembers.groupId, groupPosts.groupId),
        eq(groupMembers.membershipId, groupPosts.authorMembershipId),
      ),
    );
}

const liveReplies = sql<number>`(select count(*)::int from ${groupPosts} r
  where r.thread_id = ${groupPosts.id} and r.deleted_at is null and r.state = 'visible')`;

/** A group's threads (their opening posts), the most recently active first, with live replies. */
export async function listThreads(
  db: DbOrTx,
  params: { groupId: string; limit: number },
): Promise<(PostRow & { replies: number; lastActivityAt: Date })[]> {
  return selectPosts(db, { replies: liveReplies, lastActivityAt: groupPosts.lastActivityAt })
    .where(and(eq(groupPosts.groupId, params.groupId), isNull(groupPosts.threadId)))
    .orderBy(desc(groupPosts.lastActivityAt), desc(groupPosts.id))
    .limit(params.limit);
}

/** One post of a group. */
export async function findPost(
  db: DbOrTx,
  params: { groupId: string; postId: string },
): Promise<PostRow | null> {
  const [row] = await selectPosts(db, {}).where(
    and(eq(groupPosts.id, params.postId), eq(groupPosts.groupId, params.groupId)),
  );
  return row ?? null;
}

/** A thread: its opening post, then its replies in the order they were written. */
export async function listThreadPosts(
  db: DbOrTx,
  params: { groupId: string; threadId: string },
): Promise<PostRow[]> {
  return selectPosts(db, {})
    .where(
      and(
        eq(groupPosts.groupId, params.groupId),
        sql`(${groupPosts.id} = ${params.threadId} or ${groupPosts.threadId} = ${params.threadId})`,
      ),
    )
    .orderBy(
      sql`${groupPosts.threadId} is not null`,
      asc(groupPosts.createdAt),
      asc(groupPosts.id),
    );
}

export async function insertPost(
  db: DbOrTx,
  row: {
    organisationId: string;
    groupId: string;
    threadId: string | null;
    title: string | null;
    body: string;
    authorMembershipId: string;
    anonymous: boolean;
    at: Date;
  },
): Promise<string> {
  const { at, ...values } = row;
  const [post] = await db
    .insert(groupPosts)
    .values({ ...values, createdAt: at, lastActivityAt: at })
    .returning({ id: groupPosts.id });
  if (!post) throw new Error("insert returned no post");
  if (row.threadId)
    await db.update(groupPosts).set({ lastActivityAt: at }).where(eq(groupPosts.id, row.threadId));
  return post.id;
}

/** Replaces a post's words (and a thread's title), marking it edited. */
export async function editPost(
  db: DbOrTx,
  params: { postId: string; body: string; title?: string | undefined; at: Date },
): Promise<void> {
  await db
    .update(groupPosts)
    .set({
      body: params.body,
      ...(params.title === undefined ? {} : { title: params.title }),
      editedAt: params.at,
    })
    .where(eq(groupPosts.id, params.postId));
}

/** Erases a post's words at its author's wish; the post keeps its place in the thread. */
export async function erasePost(db: DbOrTx, params: { postId: string; at: Date }): Promise<void> {
  await db
    .update(groupPosts)
    // A thread's title goes too (it stays a thread: its title is empty, not missing).
    .set({
      body: "",
      title: sql`case when ${groupPosts.threadId} is null then '' end`,
      deletedAt: params.at,
    })
    .where(eq(groupPosts.id, params.postId));
}

/** Records a member's flag; false when they had already flagged the post. */
export async function insertFlag(
  db: DbOrTx,
  row: { postId: string; flaggerMembershipId: string; reason: FlagReason; note: string },
): Promise<boolean> {
  const inserted = await db
    .insert(groupPostFlags)
    .values(row)
    .onConflictDoNothing({ target: [groupPostFlags.postId, groupPostFlags.flaggerMembershipId] })
    .returning({ id: groupPostFlags.id });
  return inserted.length > 0;
}

/** Locks a post for a flag or a review (two at once take turns) and counts its open flags. */
export async function lockPost(
  db: DbOrTx,
  params: { groupId: string; postId: string },
): Promise<{ state: PostState; openFlags: number } | null> {
  const [row] = await db
    .select({ state: groupPosts.state })
    .from(groupPosts)
    .where(and(eq(groupPosts.id, params.postId), eq(groupPosts.groupId, params.groupId)))
    .for("update");
  if (!row) return null;
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(groupPostFlags)
    .where(and(eq(groupPostFlags.postId, params.postId), isNull(groupPostFlags.resolvedAt)));
  return { state: row.state, openFlags: count?.n ?? 0 };
}

export async function setPostState(
  db: DbOrTx,
  params: { postId: string; state: PostState; reviewedAt?: Date },
): Promise<void> {
  await db
    .update(groupPosts)
    .set({
      state: params.state,
      ...(params.reviewedAt ? { reviewedAt: params.reviewedAt } : {}),
    })
    .where(eq(groupPosts.id, params.postId));
}

/** Closes a post's open flags: a facilitator reviewed it. */
export async function resolveFlags(db: DbOrTx, params: { postId: string; at: Date }) {
  await db
    .update(groupPostFlags)
    .set({ resolvedAt: params.at })
    .where(and(eq(groupPostFlags.postId, params.postId), isNull(groupPostFlags.resolvedAt)));
}

/**
 * The moderation queue of a group: posts with open flags (hidden or not), the oldest flag
 * first, each with the reasons given (never who gave them).
 */
export async function listFlaggedPosts(
  db: DbOrTx,
  groupId: string,
): Promise<(PostRow & { flags: { reason: FlagReason; note: string; createdAt: Date }[] })[]> {
  const posts = await selectPosts(db, {})
    .where(and(eq(groupPosts.groupId, groupId), sql`${openFlags} > 0`))
    .orderBy(
      sql`(select min(f.created_at) from ${groupPostFlags} f
        where f.post_id = ${groupPosts.id} and f.resolved_at is null)`,
    );
  if (posts.length === 0) return [];
  const flags = await db
    .select({
      postId: groupPostFlags.postId,
      reason: groupPostFlags.reason,
      note: groupPostFlags.note,
      createdAt: groupPostFlags.createdAt,
    })
    .from(groupPostFlags)
    .where(
      and(
        inArray(
          groupPostFlags.postId,
          posts.map((p) => p.id),
        ),
        isNull(groupPostFlags.resolvedAt),
      ),
    )
    .orderBy(asc(groupPostFlags.createdAt));
  return posts.map((p) => ({
    ...p,
    flags: flags
      .filter((f) => f.postId === p.id)
      .map(({ reason, note, createdAt }) => ({ reason, note, createdAt })),
  }));
}

/** How many posts of a group wait for a facilitator's review. */
export async function countFlaggedPosts(db: DbOrTx, groupId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(groupPosts)
    .where(and(eq(groupPosts.groupId, groupId), sql`${openFlags} > 0`));
  return row?.n ?? 0;
}

/** Mutes a member of a group until `until` (null lifts a mute). */
export async function setMutedUntil(
  db: DbOrTx,
  params: { groupId: string; membershipId: string; until: Date | null },
): Promise<void> {
  await db
    .update(groupMembers)
    .set({ mutedUntil: params.until, updatedAt: new Date() })
    .where(
      and(
        eq(groupMembers.groupId, params.groupId),
        eq(groupMembers.membershipId, params.membershipId),
      ),
    );
}

/** Queues an e-mail to a member about their place in a group's discussion. */
export async function insertGroupNotice(
  db: DbOrTx,
  row: {
    organisationId: string;
    groupId: string;
    recipientMembershipId: string;
    kind: GroupNoticeKind;
    postId?: string | null;
    until?: Date | null;
  },
): Promise<void> {
  await db.insert(groupNotices).values(row);
}

/**
 * Queues e-mails about a meeting; a reminder already queued for the same member and start is
 * not queued again.
 */
export async function insertMeetingNotices(
  db: DbOrTx,
  rows: {
    organisationId: string;
    groupId: string;
    recipientMembershipId: string;
    kind: "meeting-reminder" | "meeting-changed" | "meeting-cancelled";
    meetingId: string;
    startsAt: Date;
    previousStart?: Date | null;
  }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(groupNotices)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: groupNotices.id });
  return inserted.length;
}

/** Notices waiting to go, oldest first, with their recipient and group. */
export async function listPendingGroupNotices(db: DbOrTx, limit = 200) {
  return db
    .select({
      id: groupNotices.id,
      kind: groupNotices.kind,
      postId: groupNotices.postId,
      until: groupNotices.until,
      startsAt: groupNotices.startsAt,
      previousStart: groupNotices.previousStart,
      meeting: {
        id: groupMeetings.id,
        cancelledAt: groupMeetings.cancelledAt,
        title: groupMeetings.title,
        durationMinutes: groupMeetings.durationMinutes,
        place: groupMeetings.place,
        link: groupMeetings.link,
      },
      group: { id: peerGroups.id, name: peerGroups.name, archivedAt: peerGroups.archivedAt },
      /** The recipient's standing in the group now (null: none). */
      standing: groupMembers.status,
      recipient: {
        membershipId: memberships.id,
        name: users.name,
        email: users.email,
        timeZone: users.timeZone,
        quietHours: users.quietHours,
        deactivatedAt: memberships.deactivatedAt,
      },
    })
    .from(groupNotices)
    .innerJoin(peerGroups, eq(peerGroups.id, groupNotices.groupId))
    .leftJoin(groupMeetings, eq(groupMeetings.id, groupNotices.meetingId))
    .leftJoin(
      groupMembers,
      and(
        eq(groupMembers.groupId, groupNotices.groupId),
        eq(groupMembers.membershipId, groupNotices.recipientMembershipId),
      ),
    )
    .innerJoin(memberships, eq(memberships.id, groupNotices.recipientMembershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(isNull(groupNotices.sentAt))
    .orderBy(asc(groupNotices.createdAt))
    .limit(limit);
}

/** Marks notices as dealt with (sent, or dropped). */
export async function markGroupNoticesSent(db: DbOrTx, ids: string[], at: Date): Promise<void> {
  if (ids.length)
    await db.update(groupNotices).set({ sentAt: at }).where(inArray(groupNotices.id, ids));
}
