"use server";

/** Profile, session and invitation changes, each one procedure through the server caller. */
import type { RouterInputs } from "@tend/api";
import { signInAfterJoining, signOutAction } from "@tend/auth/next/actions";
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

/**
 * Open to anyone with the link: the token is the credential. Once joined, the person is signed
 * in with the password they just gave and lands on their home page.
 */
export async function acceptInvitationAction(input: RouterInputs["invitation"]["accept"]) {
  const joined = await callProcedure((api) => api.invitation.accept(input));
  if (joined.ok) await signInAfterJoining(joined.data.email, input.password);
  return joined;
}
