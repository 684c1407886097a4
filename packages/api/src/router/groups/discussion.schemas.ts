/** Input and output schemas of a group's discussion and its moderation. */
import { z } from "zod";

import {
  FLAG_NOTE_MAX_LENGTH,
  FLAG_REASONS,
  MUTE_DAYS,
  POST_MAX_LENGTH,
  POST_STATES,
  THREAD_TITLE_MAX_LENGTH,
} from "@tend/groups";

import { plainText } from "../../common.schemas";

const groupId = z.uuid({ message: "Choose a group." });
const postId = z.uuid({ message: "Choose a post." });
const threadId = z.uuid({ message: "Choose a thread." });
const title = plainText()
  .trim()
  .min(1, { message: "Give the thread a title." })
  .max(THREAD_TITLE_MAX_LENGTH, {
    message: `Keep the title under ${THREAD_TITLE_MAX_LENGTH} characters.`,
  });
const body = plainText()
  .trim()
  .min(1, { message: "Write something first." })
  .max(POST_MAX_LENGTH, {
    message: `Keep a post under ${POST_MAX_LENGTH.toLocaleString("en-GB")} characters.`,
  });
const anonymous = z.boolean({ message: "Choose whether to post with your name." }).default(false);

export const threadRefSchema = z.object({ groupId, threadId }).strict();
export const postRefSchema = z.object({ groupId, postId }).strict();

export const startThreadSchema = z.object({ groupId, title, body, anonymous }).strict();
export const replySchema = z.object({ groupId, threadId, body, anonymous }).strict();
export const editPostSchema = z.object({ groupId, postId, body, title: title.optional() }).strict();

export const flagPostSchema = z
  .object({
    groupId,
    postId,
    reason: z.enum(FLAG_REASONS, { message: "Choose why you are flagging this post." }),
    note: plainText()
      .trim()
      .max(FLAG_NOTE_MAX_LENGTH, {
        message: `Keep the note under ${FLAG_NOTE_MAX_LENGTH} characters.`,
      })
      .default(""),
  })
  .strict();

export const reviewPostSchema = z
  .object({
    groupId,
    postId,
    decision: z.enum(["restore", "remove"], { message: "Choose to restore or remove the post." }),
  })
  .strict();

export const muteSchema = z
  .object({
    groupId,
    membershipId: z.uuid({ message: "Choose a person." }),
    /** Days, or null to lift a mute. */
    days: z
      .union(
        MUTE_DAYS.map((d) => z.literal(d)),
        { message: `Mute for ${MUTE_DAYS.join(", ")} days, or lift the mute.` },
      )
      .nullable(),
  })
  .strict();

/**
 * Who wrote a post, as the reader may know it: a name only for a named post of a current
 * member, or, in the moderation queue, a reported anonymous post.
 */
const authorOutput = z.discriminatedUnion("as", [
  z.object({ as: z.literal("you"), name: z.null(), membershipId: z.null() }).strict(),
  z.object({ as: z.literal("member"), name: z.null(), membershipId: z.null() }).strict(),
  z.object({ as: z.literal("former-member"), name: z.null(), membershipId: z.null() }).strict(),
  z.object({ as: z.literal("named"), name: z.string(), membershipId: z.uuid() }).strict(),
]);
const reviewedAuthorOutput = z.discriminatedUnion("as", [
  ...authorOutput.options,
  z.object({ as: z.literal("reported"), name: z.string(), membershipId: z.uuid() }).strict(),
]);

const postState = z.enum([...POST_STATES, "deleted"]);

const postOutput = z
  .object({
    id: z.uuid(),
    title: z.string().nullable(),
    /** Null when the reader may not read it (hidden, removed or deleted). */
    body: z.string().nullable(),
    state: postState,
    /** Whether the reader's own post went out as "a member"; null on others' posts. */
    anonymous: z.boolean().nullable(),
    author: authorOutput,
    mine: z.boolean(),
    createdAt: z.date(),
    editedAt: z.date().nullable(),
  })
  .strict();

const postingRights = {
  canPost: z.boolean(),
  mutedUntil: z.date().nullable(),
};

export const threadListOutput = z
  .object({
    threads: z.array(
      postOutput.extend({ replies: z.number().int(), lastActivityAt: z.date() }).strict(),
    ),
    ...postingRights,
    toReview: z.number().int().nullable(),
  })
  .strict();

export const threadOutput = z
  .object({
    group: z.object({ id: z.uuid(), name: z.string() }).strict(),
    thread: postOutput,
    replies: z.array(postOutput),
    ...postingRights,
    facilitates: z.boolean(),
  })
  .strict();

export const moderationQueueOutput = z
  .object({
    group: z.object({ id: z.uuid(), name: z.string() }).strict(),
    posts: z.array(
      z
        .object({
          id: z.uuid(),
          threadId: z.uuid(),
          title: z.string().nullable(),
          body: z.string().nullable(),
          state: postState,
          author: reviewedAuthorOutput,
          anonymous: z.boolean(),
          createdAt: z.date(),
          /** The reasons given, never who gave them. */
          flags: z.array(z.object({ reason: z.enum(FLAG_REASONS), note: z.string() }).strict()),
        })
        .strict(),
    ),
  })
  .strict();

export const createdPostOutput = z.object({ id: z.uuid() }).strict();
export const flagPostOutput = z.object({ hidden: z.boolean() }).strict();
