"use server";

/** Peer-group changes the group pages make, each one procedure through the server caller. */
import type { RouterInputs } from "@tend/api";
import { callProcedure } from "@tend/nextjs/actions";

import { atLocalTime } from "~/lib/local-time";

type Input = RouterInputs["group"];

export async function createGroupAction(input: Input["create"]) {
  return callProcedure((api) => api.group.create(input));
}

export async function joinGroupAction(input: Input["join"]) {
  return callProcedure((api) => api.group.join(input));
}

export async function acceptGroupAgreementAction(input: Input["acceptAgreement"]) {
  return callProcedure((api) => api.group.acceptAgreement(input));
}

export async function leaveGroupAction(input: Input["leave"]) {
  return callProcedure((api) => api.group.leave(input));
}

export async function decideGroupRequestAction(input: Input["decideRequest"]) {
  return callProcedure((api) => api.group.decideRequest(input));
}

export async function removeFromGroupAction(input: Input["remove"]) {
  return callProcedure((api) => api.group.remove(input));
}

export async function startThreadAction(input: Input["startThread"]) {
  return callProcedure((api) => api.group.startThread(input));
}

export async function replyToThreadAction(input: Input["reply"]) {
  return callProcedure((api) => api.group.reply(input));
}

export async function editPostAction(input: Input["editPost"]) {
  return callProcedure((api) => api.group.editPost(input));
}

export async function deletePostAction(input: Input["deletePost"]) {
  return callProcedure((api) => api.group.deletePost(input));
}

export async function flagPostAction(input: Input["flagPost"]) {
  return callProcedure((api) => api.group.flagPost(input));
}

export async function reviewPostAction(input: Input["reviewPost"]) {
  return callProcedure((api) => api.group.reviewPost(input));
}

export async function muteMemberAction(input: Input["mute"]) {
  return callProcedure((api) => api.group.mute(input));
}

export async function createMeetingAction({
  local,
  timeZone,
  ...input
}: Omit<Input["createMeeting"], "firstStart"> & { local: string; timeZone: string }) {
  return callProcedure((api) =>
    api.group.createMeeting({ ...input, firstStart: atLocalTime(local, timeZone) }),
  );
}

export async function answerMeetingAction(input: Input["answerMeeting"]) {
  return callProcedure((api) => api.group.answerMeeting(input));
}

export async function moveOccurrenceAction({
  local,
  timeZone,
  ...input
}: Omit<Input["changeOccurrence"], "newStart"> & { local: string; timeZone: string }) {
  return callProcedure((api) =>
    api.group.changeOccurrence({ ...input, newStart: atLocalTime(local, timeZone) }),
  );
}

export async function cancelOccurrenceAction(input: Omit<Input["changeOccurrence"], "newStart">) {
  return callProcedure((api) => api.group.changeOccurrence({ ...input, newStart: null }));
}

export async function cancelMeetingAction(input: Input["cancelMeeting"]) {
  return callProcedure((api) => api.group.cancelMeeting(input));
}

export async function evaluateMeetingAction(input: Input["evaluateMeeting"]) {
  return callProcedure((api) => api.group.evaluateMeeting(input));
}

export async function inviteCandidatesAction(input: Input["inviteCandidates"]) {
  return callProcedure((api) => api.group.inviteCandidates(input));
}

export async function inviteToGroupAction(input: Input["invite"]) {
  return callProcedure((api) => api.group.invite(input));
}
