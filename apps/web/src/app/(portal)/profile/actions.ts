"use server";

import { signOutAction } from "@tend/auth/next/actions";
import { signedInApi } from "@tend/nextjs/server";

/** Ends every session of the signed-in person (every device), then this browser's too. */
export async function signOutEverywhereAction(): Promise<void> {
  await (await signedInApi()).me.signOutEverywhere();
  await signOutAction();
}
