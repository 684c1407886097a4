import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestMember, TestOrganisation } from "@tend/db/testing";
import { listPendingGroupNotices } from "@tend/db/queries";
import { auditEvents } from "@tend/db/schema";
import { addTestMember, connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { AUTO_HIDE_FLAGS } from "@tend/groups";

import type { MemberActor } from "../actor";
import { listInbox } from "../notifications";
import { actorOf as actorOfMember, domainFailure as failure } from "../testing";
import {
  deletePost,
  editPost,
  flagPost,
  getThread,
  listThreads,
  moderationQueue,
  muteMember,
  replyToThread,
  reviewPost,
  startThread,
} from "./discussion";
import { createGroup, inviteToGroup, joinGroup, removeFromGroup } from "./groups";
import { groupNoticeMail } from "./notices";

const db = connectTestDb();
let org: TestOrganisation;
const WEB = "http://localhost:3000";

const actorOf = (member: TestMember) => actorOfMember(db, member);

let n = 0;
async function colleague(name: string): Promise<{ member: TestMember; actor: MemberActor }> {
  const member = await addTestMember(
    db,
    { organisationId: org.organisationId, teamId: org.teamId },
    { name, email: `discussion-${++n}-${org.organisationId}@test.example` },
    ["clinician"],
  );
  return { member, actor: await actorOf(member) };
}

/** A new open group facilitated by `facilitator`, joined by `members`. */
async function group(facilitator: MemberActor, members: MemberActor[]) {
  const { id } = await createGroup(db, facilitator, {
    name: `Discussion ${++n}`,
    purpose: "",
    format: "peer-support",
    visibility: "open",
  });
  for (const m of members) await joinGroup(db, m, { groupId: id, agreementVersion: 1 });
  return id;
}

let facilitator: MemberActor;
let ana: { member: TestMember; actor: MemberActor };
let ben: { member: TestMember; actor: MemberActor };
let cleo: { member: TestMember; actor: MemberActor };
let dev: { member: TestMember; actor: MemberActor };

beforeAll(async () => {
  org = await createTestOrganisation(db, "Discussion");
  facilitator = await actorOf(org.clinician);
  ana = await colleague("Ana Anonymous");
  ben = await colleague("Ben Reader");
  cleo = await colleague("Cleo Reader");
  dev = await colleague("Dev Reader");
});
afterAll(() => db.close());

describe("a group's discussion", () => {
  it("is read by members only: refused to colleagues outside, unknown in an invite-only group", async () => {
    const groupId = await group(facilitator, [ana.actor]);
    const { id: threadId } = await startThread(db, ana.actor, {
      groupId,
      title: "After the inquest",
      body: "I keep going over it.",
      anonymous: false,
    });
    expect(await failure(listThreads(db, ben.actor, groupId))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await failure(getThread(db, ben.actor, { groupId, threadId }))).toMatchObject({
      code: "FORBIDDEN",
    });

    const { id: hidden } = await createGroup(db, facilitator, {
      name: "Invite only",
      purpose: "",
      format: "balint",
      visibility: "invite-only",
    });
    await startThread(db, facilitator, {
      groupId: hidden,
      title: "Hello",
      body: "Hi",
      anonymous: false,
    });
    for (const call of [
      listThreads(db, ben.actor, hidden),
      startThread(db, ben.actor, {
        groupId: hidden,
        title: "In",
        body: "Let me in",
        anonymous: false,
      }),
    ])
      expect(await failure(call)).toMatchObject({ code: "NOT_FOUND" });
    // Invited is not yet in: the discussion opens once they accept the agreement.
    await inviteToGroup(db, facilitator, {
      groupId: hidden,
      membershipId: ben.member.membershipId,
    });
    expect(await failure(listThreads(db, ben.actor, hidden))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows an anonymous post as a member's to everyone but its author, facilitators included", async () => {
    const groupId = await group(facilitator, [ana.actor, ben.actor]);
    const { id: threadId } = await startThread(db, ana.actor, {
      groupId,
      title: "Nightmares",
      body: "Since the Morris case I dream about it.",
      anonymous: true,
    });
    await replyToThread(db, ben.actor, { groupId, threadId, body: "Same here.", anonymous: false });

    for (const reader of [ben.actor, facilitator]) {
      const seen = await getThread(db, reader, { groupId, threadId });
      expect(seen.thread.author).toEqual({ as: "member", name: null, membershipId: null });
      expect(seen.thread.anonymous).toBeNull();
      expect(JSON.stringify(seen)).not.toContain("Ana Anonymous");
      expect(JSON.stringify(seen)).not.toContain(ana.member.membershipId);
    }
    const own = await getThread(db, ana.actor, { groupId, threadId });
    expect(own.thread).toMatchObject({ mine: true, anonymous: true, author: { as: "you" } });
    expect(own.replies[0]?.author).toEqual({
      as: "named",
      name: "Ben Reader",
      membershipId: ben.member.membershipId,
    });
  });

  it("hides a post at the third flag, reveals an anonymous author to the reviewing facilitator only, and tells the author the outcome", async () => {
    const groupId = await group(facilitator, [ana.actor, ben.actor, cleo.actor, dev.actor]);
    const { id: threadId } = await startThread(db, ana.actor, {
      groupId,
      title: "A family I saw",
      body: "The family on Elm Street…",
      anonymous: true,
    });
    const flaggers = [ben.actor, cleo.actor, dev.actor];
    expect(AUTO_HIDE_FLAGS).toBe(flaggers.length);
    const outcomes = [];
    for (const flagger of flaggers)
      outcomes.push(
        await flagPost(db, flagger, {
          groupId,
          postId: threadId,
          reason: "confidentiality",
          note: "",
        }),
      );
    expect(outcomes.map((o) => o.hidden)).toEqual([false, false, true]);
    expect(
      await failure(
        flagPost(db, ana.actor, { groupId, postId: threadId, reason: "other", note: "" }),
      ),
    ).toMatchObject({ code: "INVALID" });

    // Hidden: members see that it waits, not its words; its author and the facilitator read it.
    const member = await getThread(db, ben.actor, { groupId, threadId });
    expect(member.thread).toMatchObject({
      state: "hidden",
      title: null,
      body: null,
      author: { as: "member" },
    });
    expect((await getThread(db, ana.actor, { groupId, threadId })).thread.body).toContain("Elm");
    expect((await getThread(db, facilitator, { groupId, threadId })).thread.body).toContain("Elm");
    expect(
      await failure(
        replyToThread(db, ben.actor, { groupId, threadId, body: "?", anonymous: false }),
      ),
    ).toMatchObject({ code: "CONFLICT" });

    const queue = await moderationQueue(db, facilitator, groupId);
    expect(queue.posts).toHaveLength(1);
    expect(queue.posts[0]).toMatchObject({
      id: threadId,
      author: { as: "reported", name: "Ana Anonymous", membershipId: ana.member.membershipId },
      flags: Array.from({ length: 3 }, () => ({ reason: "confidentiality", note: "" })),
    });
    // Who flagged is never in the queue.
    for (const f of flaggers)
      expect(JSON.stringify(queue)).not.toContain(f.membership.membershipId);
    expect(await failure(moderationQueue(db, ben.actor, groupId))).toMatchObject({
      code: "FORBIDDEN",
    });

    await reviewPost(db, facilitator, { groupId, postId: threadId, decision: "remove" });
    expect((await moderationQueue(db, facilitator, groupId)).posts).toEqual([]);
    for (const reader of [ben.actor, ana.actor, facilitator])
      expect((await getThread(db, reader, { groupId, threadId })).thread).toMatchObject({
        state: "removed",
        title: null,
        body: null,
      });
    expect(
      await failure(
        reviewPost(db, facilitator, { groupId, postId: threadId, decision: "restore" }),
      ),
    ).toMatchObject({ code: "CONFLICT" });

    const audit = await db
      .select({ action: auditEvents.action, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, groupId));
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "group.post_hidden", actor: null },
        { action: "group.post_removed", actor: facilitator.userId },
      ]),
    );

    // The author is told by e-mail: a notice waits for the worker (which sends it, in the
    // meetings' tests, when `decideGroupNotice` says). It names the group, not the words.
    const pending = (await listPendingGroupNotices(db, 10_000)).filter(
      (n) => n.group.id === groupId && n.recipient.membershipId === ana.member.membershipId,
    );
    expect(pending.map((n) => n.kind)).toEqual(["post-removed"]);
    const [notice] = pending;
    if (!notice) throw new Error("no notice");
    const mail = groupNoticeMail(notice, WEB);
    expect(mail).toMatchObject({ to: ana.member.email });
    expect(mail.subject).toContain("A facilitator removed your post");
    expect(mail.text).not.toContain("Elm Street");
  });

  it("tells the facilitators once, at a post's first flag, and never the member who flagged", async () => {
    const groupId = await group(facilitator, [ana.actor, ben.actor, cleo.actor]);
    const { id: postId } = await startThread(db, ana.actor, {
      groupId,
      title: "Heavy week",
      body: "Three hard sessions in a row.",
      anonymous: false,
    });
    const flagsOf = async (actor: MemberActor) =>
      (await listInbox(db, actor)).items.filter(
        (n) => n.kind === "post_flagged" && n.href === `/groups/${groupId}/moderation`,
      );
    await flagPost(db, ben.actor, { groupId, postId, reason: "other", note: "" });
    await flagPost(db, cleo.actor, { groupId, postId, reason: "other", note: "" });
    const notices = await flagsOf(facilitator);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toMatch(/^A post in Discussion \d+ was flagged for the facilitators/);
    expect(notices[0]?.text).not.toContain("Ben");
    expect(await flagsOf(ben.actor)).toEqual([]);
    expect(await flagsOf(ana.actor)).toEqual([]);
  });

  it("does not unmask an anonymous author to a facilitator who flags the post themselves", async () => {
    const groupId = await group(facilitator, [ana.actor, ben.actor]);
    const { id: postId } = await startThread(db, ana.actor, {
      groupId,
      title: "Quietly",
      body: "Posted as a member.",
      anonymous: true,
    });
    await flagPost(db, facilitator, { groupId, postId, reason: "other", note: "" });
    const [queued] = (await moderationQueue(db, facilitator, groupId)).posts;
    expect(queued?.author).toEqual({ as: "member", name: null, membershipId: null });
    // A member's flag reports it: the reviewing facilitator then learns who wrote it.
    await flagPost(db, ben.actor, { groupId, postId, reason: "other", note: "" });
    const [reported] = (await moderationQueue(db, facilitator, groupId)).posts;
    expect(reported?.author).toMatchObject({ as: "reported", name: "Ana Anonymous" });
  });

  it("restores a reviewed post for every member", async () => {
    const groupId = await group(facilitator, [ana.actor, ben.actor]);
    const { id: threadId } = await startThread(db, ana.actor, {
      groupId,
      title: "Tired",
      body: "Long week.",
      anonymous: false,
    });
    await flagPost(db, ben.actor, {
      groupId,
      postId: threadId,
      reason: "worried",
      note: "Is Ana all right?",
    });
    expect(
      await failure(editPost(db, ana.actor, { groupId, postId: threadId, body: "Fine now" })),
    ).toMatchObject({ code: "CONFLICT" });
    await reviewPost(db, facilitator, { groupId, postId: threadId, decision: "restore" });
    expect((await getThread(db, ben.actor, { groupId, threadId })).thread).toMatchObject({
      state: "visible",
      body: "Long week.",
    });
    expect(
      await failure(
        flagPost(db, ben.actor, { groupId, postId: threadId, reason: "worried", note: "" }),
      ),
    ).toMatchObject({ code: "CONFLICT" });
  });

  it("lets authors edit and delete their own posts only", async () => {
    const groupId = await group(facilitator, [ana.actor, ben.actor]);
    const { id: threadId } = await startThread(db, ana.actor, {
      groupId,
      title: "Draft",
      body: "First words",
      anonymous: false,
    });
    expect(
      await failure(editPost(db, ben.actor, { groupId, postId: threadId, body: "Mine now" })),
    ).toMatchObject({ code: "FORBIDDEN" });
    await editPost(db, ana.actor, {
      groupId,
      postId: threadId,
      body: "Better words",
      title: "Better",
    });
    const edited = await getThread(db, ben.actor, { groupId, threadId });
    expect(edited.thread).toMatchObject({ title: "Better", body: "Better words" });
    expect(edited.thread.editedAt).toBeInstanceOf(Date);
    expect(await failure(deletePost(db, ben.actor, { groupId, postId: threadId }))).toMatchObject({
      code: "FORBIDDEN",
    });
    await deletePost(db, ana.actor, { groupId, postId: threadId });
    expect((await getThread(db, ben.actor, { groupId, threadId })).thread).toMatchObject({
      state: "deleted",
      title: null,
      body: null,
    });
  });

  it("refuses a removed member at their next request, and shows their posts as a former member's", async () => {
    const groupId = await group(facilitator, [ana.actor, ben.actor]);
    const { id: threadId } = await startThread(db, ben.actor, {
      groupId,
      title: "Hello",
      body: "Glad to be here",
      anonymous: false,
    });
    await removeFromGroup(db, facilitator, { groupId, membershipId: ben.member.membershipId });
    expect(await failure(listThreads(db, ben.actor, groupId))).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await failure(
        replyToThread(db, ben.actor, { groupId, threadId, body: "Still here?", anonymous: false }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    const seen = await getThread(db, ana.actor, { groupId, threadId });
    expect(seen.thread).toMatchObject({
      body: "Glad to be here",
      author: { as: "former-member", name: null },
    });
  });

  it("mutes a member for a period: they read on but cannot post, until the mute ends or is lifted", async () => {
    const groupId = await group(facilitator, [ana.actor, ben.actor]);
    await muteMember(db, facilitator, { groupId, membershipId: ben.member.membershipId, days: 7 });
    const list = await listThreads(db, ben.actor, groupId);
    expect(list.canPost).toBe(false);
    expect(list.mutedUntil?.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expect(
      await failure(
        startThread(db, ben.actor, { groupId, title: "Hi", body: "Hi", anonymous: false }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await failure(
        muteMember(db, ana.actor, { groupId, membershipId: ben.member.membershipId, days: 1 }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await failure(
        muteMember(db, facilitator, { groupId, membershipId: org.clinician.membershipId, days: 1 }),
      ),
    ).toMatchObject({ code: "INVALID" });
    await muteMember(db, facilitator, {
      groupId,
      membershipId: ben.member.membershipId,
      days: null,
    });
    expect((await listThreads(db, ben.actor, groupId)).canPost).toBe(true);
    await startThread(db, ben.actor, { groupId, title: "Back", body: "Thanks", anonymous: false });
    const actions = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, groupId));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["group.member_muted", "group.member_unmuted"]),
    );
  });
});
