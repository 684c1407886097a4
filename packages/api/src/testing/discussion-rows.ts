/**
 * Authorisation-matrix rows of a group's discussion and its moderation, and the planted
 * anonymous author. The discussion group is facilitated by the owner clinician; the other
 * clinician and the owner's supervisor are its members; every other actor of the first
 * organisation is a colleague outside it.
 */
import { randomUUID } from "node:crypto";

import type { TestMember } from "@tend/db/testing";
import { insertFlag, insertPost } from "@tend/db/queries";

import type { Actor, Fixture } from "./actors";
import type { MatrixRow, Outcome } from "./outcomes";
import {
  facilitatorOnly,
  firstOrgMember,
  firstOrgMembers,
  freshColleague,
  freshGroup,
} from "./group-rows";

/** The discussion group's members read and write; colleagues outside it are refused. */
export const discussionMembers: Record<Actor, Outcome> = {
  ...firstOrgMembers,
  otherSupervisor: "FORBIDDEN",
  supervisingClinician: "FORBIDDEN",
  admin: "FORBIDDEN",
};

/**
 * An anonymous author: a member of the discussion group who posts only as "a member". Who
 * they are must never come out beside their posts, whoever asks (nobody flagged them, so not
 * even the facilitators learn it).
 */
export interface PlantedAnonymous {
  groupId: string;
  threadId: string;
  postIds: string[];
  /** Everything that would name them. */
  identity: string[];
}

async function post(
  fx: Fixture,
  groupId: string,
  author: TestMember,
  options: { threadId?: string; anonymous?: boolean } = {},
) {
  return insertPost(fx.db, {
    organisationId: fx.org.organisationId,
    groupId,
    threadId: options.threadId ?? null,
    title: options.threadId ? null : "A thread of the matrix",
    body: `Matrix post ${randomUUID().slice(0, 8)}`,
    authorMembershipId: author.membershipId,
    anonymous: options.anonymous ?? false,
    at: new Date(),
  });
}

const planted = new WeakMap<Fixture, Promise<PlantedAnonymous>>();

/** The discussion group with its anonymous author's thread and reply (made once per fixture). */
export function plantAnonymousAuthor(fx: Fixture): Promise<PlantedAnonymous> {
  let done = planted.get(fx);
  if (!done) {
    done = (async () => {
      const name = `Planted Anonymous Author ${randomUUID()}`;
      const author = await freshColleague(fx, name);
      const groupId = await freshGroup(fx, {
        members: [fx.org.otherClinician, fx.org.supervisor, author],
      });
      const threadId = await post(fx, groupId, author, { anonymous: true });
      const replyId = await post(fx, groupId, author, { threadId, anonymous: true });
      // A named reply of a member beside them: named posts do name their authors.
      await post(fx, groupId, fx.org.otherClinician, { threadId });
      return {
        groupId,
        threadId,
        postIds: [threadId, replyId],
        identity: [author.userId, author.membershipId, author.email, name],
      };
    })();
    planted.set(fx, done);
  }
  return done;
}

/** A post by `author` in the discussion group, for the rows that act on one post each. */
async function postBy(fx: Fixture, actor: Actor) {
  const { groupId, threadId } = await plantAnonymousAuthor(fx);
  const own = firstOrgMember(fx, actor);
  const isMember = actor === "clinician" || actor === "otherClinician" || actor === "supervisor";
  const author = isMember && own ? own : fx.org.clinician;
  return { groupId, postId: await post(fx, groupId, author, { threadId }) };
}

/** A fresh group whose member posted something another member flagged, waiting for review. */
async function flaggedPost(fx: Fixture) {
  const author = await freshColleague(fx);
  const flagger = await freshColleague(fx);
  const groupId = await freshGroup(fx, { members: [author, flagger] });
  const postId = await post(fx, groupId, author);
  await insertFlag(fx.db, {
    postId,
    flaggerMembershipId: flagger.membershipId,
    reason: "unkind",
    note: "",
  });
  return { groupId, postId };
}

export const DISCUSSION_ROWS: Record<string, MatrixRow> = {
  "group.threads": {
    type: "query",
    input: async (fx) => ({ groupId: (await plantAnonymousAuthor(fx)).groupId }),
    invalidInput: { groupId: "not-a-group" },
    expect: discussionMembers,
  },
  "group.thread": {
    type: "query",
    input: async (fx) => {
      const { groupId, threadId } = await plantAnonymousAuthor(fx);
      return { groupId, threadId };
    },
    invalidInput: { groupId: "not-a-group", threadId: 7 },
    expect: discussionMembers,
  },
  "group.startThread": {
    type: "mutation",
    input: async (fx) => ({
      groupId: (await plantAnonymousAuthor(fx)).groupId,
      title: "Evenings after home visits",
      body: "How do you wind down after a hard visit?",
      anonymous: true,
    }),
    invalidInput: { groupId: "not-a-group", title: "", body: "" },
    expect: discussionMembers,
  },
  "group.reply": {
    type: "mutation",
    input: async (fx) => {
      const { groupId, threadId } = await plantAnonymousAuthor(fx);
      return { groupId, threadId, body: "A walk round the block helps me." };
    },
    invalidInput: { groupId: "not-a-group", threadId: "x", body: "" },
    expect: discussionMembers,
  },
  "group.editPost": {
    type: "mutation",
    input: async (fx, actor) => ({ ...(await postBy(fx, actor)), body: "Edited words." }),
    invalidInput: { groupId: "not-a-group", postId: "x", body: 5 },
    expect: discussionMembers,
  },
  "group.deletePost": {
    type: "mutation",
    input: (fx, actor) => postBy(fx, actor),
    invalidInput: { groupId: "not-a-group", postId: "" },
    expect: discussionMembers,
  },
  "group.flagPost": {
    type: "mutation",
    // A new post of a colleague for each actor: nobody flags their own, or the same one twice.
    input: async (fx) => {
      const { groupId, threadId } = await plantAnonymousAuthor(fx);
      const author = await freshColleague(fx);
      return {
        groupId,
        postId: await post(fx, groupId, author, { threadId }),
        reason: "confidentiality",
        note: "It names the client's street.",
      };
    },
    invalidInput: { groupId: "not-a-group", postId: "x", reason: "boring" },
    expect: discussionMembers,
  },
  "group.moderationQueue": {
    type: "query",
    input: async (fx) => ({ groupId: (await flaggedPost(fx)).groupId }),
    invalidInput: { groupId: "" },
    expect: facilitatorOnly,
  },
  "group.reviewPost": {
    type: "mutation",
    input: async (fx) => ({ ...(await flaggedPost(fx)), decision: "remove" }),
    invalidInput: { groupId: "not-a-group", postId: "x", decision: "ignore" },
    expect: facilitatorOnly,
  },
  "group.mute": {
    type: "mutation",
    input: async (fx) => {
      const member = await freshColleague(fx);
      return {
        groupId: await freshGroup(fx, { members: [member] }),
        membershipId: member.membershipId,
        days: 7,
      };
    },
    invalidInput: { groupId: "not-a-group", membershipId: "x", days: 365 },
    expect: facilitatorOnly,
  },
};
