"use server";

/** Admins' part in professional development: the catalog and the requirement templates. */
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

export async function addTemplateAction(input: Input["addTemplate"]) {
  return callProcedure((api) => api.development.addTemplate(input));
}

export async function changeTemplateAction(input: Input["changeTemplate"]) {
  return callProcedure((api) => api.development.changeTemplate(input));
}

export async function archiveTemplateAction(input: Input["archiveTemplate"]) {
  return callProcedure((api) => api.development.archiveTemplate(input));
}
