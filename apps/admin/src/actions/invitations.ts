"use server";

/** Inviting people, each one procedure through the server caller. */
import type { RouterInputs } from "@tend/api";
import { callProcedure } from "@tend/nextjs/actions";

type Input = RouterInputs["invitation"];

export async function invitePersonAction(input: Input["create"]) {
  return callProcedure((api) => api.invitation.create(input));
}

export async function invitePeopleFromFileAction(input: Input["createMany"]) {
  return callProcedure((api) => api.invitation.createMany(input));
}

export async function resendInvitationAction(input: Input["resend"]) {
  return callProcedure((api) => api.invitation.resend(input));
}

export async function revokeInvitationAction(input: Input["revoke"]) {
  return callProcedure((api) => api.invitation.revoke(input));
}
