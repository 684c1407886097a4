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

/** A certificate's file from the upload form: a `File` reaches the procedure as it is. */
export async function attachCertificateAction(form: FormData) {
  const entryId = form.get("entryId");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    const message = "Choose the certificate's file.";
    return { ok: false as const, error: { message, fieldErrors: { file: [message] } } };
  }
  return callProcedure((api) =>
    api.development.attachCertificate({
      entryId: typeof entryId === "string" ? entryId : "",
      file,
    }),
  );
}

export async function removeCertificateAction(input: Input["removeCertificate"]) {
  return callProcedure((api) => api.development.removeCertificate(input));
}

export async function addGoalAction(input: Input["addGoal"]) {
  return callProcedure((api) => api.development.addGoal(input));
}

export async function changeGoalAction(input: Input["changeGoal"]) {
  return callProcedure((api) => api.development.changeGoal(input));
}

export async function removeGoalAction(input: Input["removeGoal"]) {
  return callProcedure((api) => api.development.removeGoal(input));
}

export async function enrolAction(input: Input["enrol"]) {
  return callProcedure((api) => api.development.enrol(input));
}

export async function leaveWorkshopAction(input: Input["leaveWorkshop"]) {
  return callProcedure((api) => api.development.leaveWorkshop(input));
}

export async function completeWorkshopAction(input: Input["completeWorkshop"]) {
  return callProcedure((api) => api.development.completeWorkshop(input));
}
