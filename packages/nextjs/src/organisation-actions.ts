"use server";

import type { RouterInputs } from "@tend/api";

import { callProcedure } from "./actions";

/** `org.switch` for the organisation switcher and the switch buttons of both apps. */
export async function switchOrganisationAction(input: RouterInputs["org"]["switch"]) {
  return callProcedure((api) => api.org.switch(input));
}
