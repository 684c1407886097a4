"use server";

/** Licence and CE log changes the development pages make, each one procedure. */
import type { RouterInputs } from "@tend/api";
import { callProcedure } from "@tend/nextjs/actions";

type Input = RouterInputs["development"];

export async function addLicenceAction(input: Input["addLicence"]) {
  return callProcedure((api) => api.development.addLicence(input));
}

export async function changeLicenceAction(input: Input["changeLicence"]) {
  return callProcedure((api) => api.development.changeLicence(input));
}

export async function removeLicenceAction(input: Input["removeLicence"]) {
  return callProcedure((api) => api.development.removeLicence(input));
}

export async function addEntryAction(input: Input["addEntry"]) {
  return callProcedure((api) => api.development.addEntry(input));
}

export async function changeEntryAction(input: Input["changeEntry"]) {
  return callProcedure((api) => api.development.changeEntry(input));
}

export async function removeEntryAction(input: Input["removeEntry"]) {
  return callProcedure((api) => api.development.removeEntry(input));
}
