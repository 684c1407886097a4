"use server";

/** Admins' part in peer groups: archiving one, through the server caller. */
import type { RouterInputs } from "@tend/api";
import { callProcedure } from "@tend/nextjs/actions";

export async function archiveGroupAction(input: RouterInputs["group"]["archive"]) {
  return callProcedure((api) => api.group.archive(input));
}
