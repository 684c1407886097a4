"use server";

/** Self-check settings the console's forms change, each one procedure through the server caller. */
import type { RouterInputs } from "@tend/api";
import { callProcedure } from "@tend/nextjs/actions";

type Input = RouterInputs["selfCheckSettings"];

export async function updateSupportResourcesAction(input: Input["updateSupportResources"]) {
  return callProcedure((api) => api.selfCheckSettings.updateSupportResources(input));
}

export async function updateRoleWordsAction(input: Input["updateRoleWords"]) {
  return callProcedure((api) => api.selfCheckSettings.updateRoleWords(input));
}

/** The organisation's licensing-board rule for counting supervision hours. */
export async function setHourRuleAction(input: RouterInputs["hours"]["setRule"]) {
  return callProcedure((api) => api.hours.setRule(input));
}

/** The organisation's name, default time zone and report threshold. */
export async function updateOrganisationSettingsAction(
  input: RouterInputs["org"]["updateSettings"],
) {
  return callProcedure((api) => api.org.updateSettings(input));
}
