"use server";

/** Shaping the organisation's teams, each one procedure through the server caller. */
import type { RouterInputs } from "@tend/api";
import { callProcedure } from "@tend/nextjs/actions";

type Input = RouterInputs["team"];

export async function createTeamAction(input: Input["create"]) {
  return callProcedure((api) => api.team.create(input));
}

export async function updateTeamAction(input: Input["update"]) {
  return callProcedure((api) => api.team.update(input));
}

export async function setTeamArchivedAction(input: Input["setArchived"]) {
  return callProcedure((api) => api.team.setArchived(input));
}
