"use server";

/** Profile, session and invitation changes, each one procedure through the server caller. */
import type { RouterInputs } from "@tend/api";
import { signOutAction } from "@tend/auth/next/actions";
import { callProcedure } from "@tend/nextjs/actions";
import { signedInApi } from "@tend/nextjs/server";

export async function updateProfileAction(input: RouterInputs["me"]["update"]) {
  return callProcedure((api) => api.me.update(input));
}

/** Ends every session of the signed-in person (every device), then this browser's too. */
export async function signOutEverywhereAction(): Promise<void> {
  await (await signedInApi()).me.signOutEverywhere();
  await signOutAction();
}

/** Open to anyone with the link: the token is the credential. */
export async function acceptInvitationAction(input: RouterInputs["invitation"]["accept"]) {
  return callProcedure((api) => api.invitation.accept(input));
}
