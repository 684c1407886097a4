"use server";

/**
 * Self-check changes the portal's client components make: each calls one procedure through
 * the server caller (same input schema, middleware and authorisation as /api/trpc).
 */
import type { RouterInputs } from "@tend/api";
import { callProcedure } from "@tend/nextjs/actions";

type Input = RouterInputs["selfCheck"];

export async function submitCheckAction(input: Input["submit"]) {
  return callProcedure((api) => api.selfCheck.submit(input));
}

export async function updateCadenceAction(input: Input["updateCadence"]) {
  return callProcedure((api) => api.selfCheck.updateCadence(input));
}

export async function shareResultAction(input: RouterInputs["share"]["create"]) {
  return callProcedure((api) => api.share.create(input));
}

export async function stopSharingAction(input: RouterInputs["share"]["revoke"]) {
  return callProcedure((api) => api.share.revoke(input));
}
