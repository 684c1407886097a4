"use server";

/** Prevention-plan changes the plan editor makes, each one procedure through the server caller. */
import type { RouterInputs } from "@tend/api";
import { callProcedure } from "@tend/nextjs/actions";

type Input = RouterInputs["plan"];

export async function markReviewedAction() {
  return callProcedure((api) => api.plan.markReviewed());
}

export async function setEndOfDayRitualAction(input: Input["setEndOfDayRitual"]) {
  return callProcedure((api) => api.plan.setEndOfDayRitual(input));
}

export async function addCommitmentAction(input: Input["addCommitment"]) {
  return callProcedure((api) => api.plan.addCommitment(input));
}

export async function updateCommitmentAction(input: Input["updateCommitment"]) {
  return callProcedure((api) => api.plan.updateCommitment(input));
}

export async function removeCommitmentAction(input: Input["removeCommitment"]) {
  return callProcedure((api) => api.plan.removeCommitment(input));
}

export async function markCommitmentDoneAction(input: Input["markDone"]) {
  return callProcedure((api) => api.plan.markDone(input));
}
