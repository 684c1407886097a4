import type { TRPCRouterRecord } from "@trpc/server";

import {
  acceptAgreement,
  answerMeeting,
  archiveGroup,
  cancelMeeting,
  changeMeetingOccurrence,
  createGroup,
  createMeeting,
  decideRequest,
  deletePost,
  editPost,
  evaluateMeeting,
  flagPost,
  getGroup,
  getThread,
  inviteCandidates,
  inviteToGroup,
  joinGroup,
  leaveGroup,
  listGroups,
  listGroupsForAdmin,
  listMeetings,
  listThreads,
  meetingCalendarFile,
  moderationQueue,
  muteMember,
  removeFromGroup,
  replyToThread,
  reviewPost,
  setGroupRole,
  startThread,
  updateAgreement,
} from "@tend/services/groups";

import { adminProcedure, orgProcedure } from "../../trpc";
import {
  createdPostOutput,
  editPostSchema,
  flagPostOutput,
  flagPostSchema,
  moderationQueueOutput,
  muteSchema,
  postRefSchema,
  replySchema,
  reviewPostSchema,
  startThreadSchema,
  threadListOutput,
  threadOutput,
  threadRefSchema,
} from "./discussion.schemas";
import {
  adminGroupListOutput,
  createGroupSchema,
  decideRequestSchema,
  groupIdSchema,
  groupListOutput,
  groupOutput,
  groupPersonSchema,
  inviteCandidatesOutput,
  inviteCandidatesSchema,
  joinGroupOutput,
  joinGroupSchema,
  setGroupRoleSchema,
  updateAgreementSchema,
} from "./groups.schemas";
import {
  answerMeetingSchema,
  calendarFileOutput,
  changeOccurrenceSchema,
  createdMeetingOutput,
  createMeetingSchema,
  evaluateMeetingSchema,
  meetingRefSchema,
  meetingsOutput,
} from "./meetings.schemas";

/**
 * Peer support groups, for every member of the organisation: the directory, a group's page,
 * joining under its agreement, and what facilitators do. Who may see and do what inside a
 * group is the group's own rule (`@tend/groups`), applied by the domain functions.
 */
export const groupRouter = {
  list: orgProcedure.output(groupListOutput).query(({ ctx }) => listGroups(ctx.db, ctx.actor)),

  get: orgProcedure
    .input(groupIdSchema)
    .output(groupOutput)
    .query(({ ctx, input }) => getGroup(ctx.db, ctx.actor, input.groupId)),

  create: orgProcedure
    .input(createGroupSchema)
    .mutation(({ ctx, input }) => createGroup(ctx.db, ctx.actor, input)),

  join: orgProcedure
    .input(joinGroupSchema)
    .output(joinGroupOutput)
    .mutation(({ ctx, input }) => joinGroup(ctx.db, ctx.actor, input)),

  acceptAgreement: orgProcedure
    .input(joinGroupSchema)
    .mutation(({ ctx, input }) => acceptAgreement(ctx.db, ctx.actor, input)),

  leave: orgProcedure
    .input(groupIdSchema)
    .mutation(({ ctx, input }) => leaveGroup(ctx.db, ctx.actor, input.groupId)),

  decideRequest: orgProcedure
    .input(decideRequestSchema)
    .mutation(({ ctx, input }) => decideRequest(ctx.db, ctx.actor, input)),

  /** Facilitators: colleagues to invite, by a part of their name. */
  inviteCandidates: orgProcedure
    .input(inviteCandidatesSchema)
    .output(inviteCandidatesOutput)
    .query(({ ctx, input }) => inviteCandidates(ctx.db, ctx.actor, input)),

  invite: orgProcedure
    .input(groupPersonSchema)
    .mutation(({ ctx, input }) => inviteToGroup(ctx.db, ctx.actor, input)),

  remove: orgProcedure
    .input(groupPersonSchema)
    .mutation(({ ctx, input }) => removeFromGroup(ctx.db, ctx.actor, input)),

  setRole: orgProcedure
    .input(setGroupRoleSchema)
    .mutation(({ ctx, input }) => setGroupRole(ctx.db, ctx.actor, input)),

  updateAgreement: orgProcedure
    .input(updateAgreementSchema)
    .mutation(({ ctx, input }) => updateAgreement(ctx.db, ctx.actor, input)),

  /** Meetings, for members who accepted the current agreement; facilitators set them up. */
  meetings: orgProcedure
    .input(groupIdSchema)
    .output(meetingsOutput)
    .query(({ ctx, input }) => listMeetings(ctx.db, ctx.actor, input.groupId)),

  createMeeting: orgProcedure
    .input(createMeetingSchema)
    .output(createdMeetingOutput)
    .mutation(({ ctx, input }) => createMeeting(ctx.db, ctx.actor, input)),

  answerMeeting: orgProcedure
    .input(answerMeetingSchema)
    .mutation(({ ctx, input }) => answerMeeting(ctx.db, ctx.actor, input)),

  changeOccurrence: orgProcedure
    .input(changeOccurrenceSchema)
    .mutation(({ ctx, input }) => changeMeetingOccurrence(ctx.db, ctx.actor, input)),

  cancelMeeting: orgProcedure
    .input(meetingRefSchema)
    .mutation(({ ctx, input }) => cancelMeeting(ctx.db, ctx.actor, input)),

  evaluateMeeting: orgProcedure
    .input(evaluateMeetingSchema)
    .mutation(({ ctx, input }) => evaluateMeeting(ctx.db, ctx.actor, input)),

  /** A meeting's `.ics` file (its next six months). */
  meetingCalendar: orgProcedure
    .input(meetingRefSchema)
    .output(calendarFileOutput)
    .query(({ ctx, input }) => meetingCalendarFile(ctx.db, ctx.actor, input)),

  /** The discussion, for members who accepted the current agreement. */
  threads: orgProcedure
    .input(groupIdSchema)
    .output(threadListOutput)
    .query(({ ctx, input }) => listThreads(ctx.db, ctx.actor, input.groupId)),

  thread: orgProcedure
    .input(threadRefSchema)
    .output(threadOutput)
    .query(({ ctx, input }) => getThread(ctx.db, ctx.actor, input)),

  startThread: orgProcedure
    .input(startThreadSchema)
    .output(createdPostOutput)
    .mutation(({ ctx, input }) => startThread(ctx.db, ctx.actor, input)),

  reply: orgProcedure
    .input(replySchema)
    .output(createdPostOutput)
    .mutation(({ ctx, input }) => replyToThread(ctx.db, ctx.actor, input)),

  editPost: orgProcedure
    .input(editPostSchema)
    .mutation(({ ctx, input }) => editPost(ctx.db, ctx.actor, input)),

  deletePost: orgProcedure
    .input(postRefSchema)
    .mutation(({ ctx, input }) => deletePost(ctx.db, ctx.actor, input)),

  flagPost: orgProcedure
    .input(flagPostSchema)
    .output(flagPostOutput)
    .mutation(({ ctx, input }) => flagPost(ctx.db, ctx.actor, input)),

  /** Facilitators: flagged posts, their review, and muting a member. */
  moderationQueue: orgProcedure
    .input(groupIdSchema)
    .output(moderationQueueOutput)
    .query(({ ctx, input }) => moderationQueue(ctx.db, ctx.actor, input.groupId)),

  reviewPost: orgProcedure
    .input(reviewPostSchema)
    .mutation(({ ctx, input }) => reviewPost(ctx.db, ctx.actor, input)),

  mute: orgProcedure
    .input(muteSchema)
    .mutation(({ ctx, input }) => muteMember(ctx.db, ctx.actor, input)),

  /** Admins: every group of the organisation, with its member count only. */
  adminList: adminProcedure
    .output(adminGroupListOutput)
    .query(({ ctx }) => listGroupsForAdmin(ctx.db, ctx.actor)),

  /** Admins archive a group: it leaves the directory and takes nobody new. */
  archive: adminProcedure
    .input(groupIdSchema)
    .mutation(({ ctx, input }) => archiveGroup(ctx.db, ctx.actor, input.groupId)),
} satisfies TRPCRouterRecord;
