"use server";

/** Admins' part in professional development: the workshop catalog, through the server caller. */
import type { RouterInputs } from "@tend/api";
import { callProcedure } from "@tend/nextjs/actions";

type Input = RouterInputs["development"];

export async function publishWorkshopAction(input: Input["publishWorkshop"]) {
  return callProcedure((api) => api.development.publishWorkshop(input));
}

export async function changeWorkshopAction(input: Input["changeWorkshop"]) {
  return callProcedure((api) => api.development.changeWorkshop(input));
}

export async function archiveWorkshopAction(input: Input["archiveWorkshop"]) {
  return callProcedure((api) => api.development.archiveWorkshop(input));
}
