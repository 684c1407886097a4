"use server";

/** Changes admins make to one member, each one procedure through the server caller. */
import type { RouterInputs } from "@tend/api";
import { callProcedure } from "@tend/nextjs/actions";

export async function updatePersonAction(input: RouterInputs["person"]["update"]) {
  return callProcedure((api) => api.person.update(input));
}

export async function deactivatePersonAction(input: RouterInputs["person"]["deactivate"]) {
  return callProcedure((api) => api.person.deactivate(input));
}

export async function reactivatePersonAction(input: RouterInputs["person"]["reactivate"]) {
  return callProcedure((api) => api.person.reactivate(input));
}

export async function assignSupervisionAction(input: RouterInputs["supervision"]["assign"]) {
  return callProcedure((api) => api.supervision.assign(input));
}

export async function endSupervisionAction(input: RouterInputs["supervision"]["end"]) {
  return callProcedure((api) => api.supervision.end(input));
}
