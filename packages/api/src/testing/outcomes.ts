/** The outcomes a matrix cell expects, and the role-based rows most procedures share. */
import type { Actor, Fixture } from "./actors";

/**
 * Who may call each procedure. `allow` means the call succeeds; for the admin of another
 * organisation it must also return nothing of the first organisation (checked by the test).
 */
export type Outcome = "allow" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_REQUEST";

export interface MatrixRow {
  type: "query" | "mutation";
  /** A valid input for `actor` (omit for procedures without input). */
  input?: (fx: Fixture, actor: Actor) => unknown;
  /** An input the procedure must reject with 400 and field messages (required when it takes input). */
  invalidInput?: unknown;
  expect: Record<Actor, Outcome>;
}

export const everyone: Record<Actor, Outcome> = {
  anonymous: "allow",
  clinician: "allow",
  otherClinician: "allow",
  supervisor: "allow",
  otherSupervisor: "allow",
  supervisingClinician: "allow",
  admin: "allow",
  otherOrgAdmin: "allow",
  otherOrgSupervisor: "allow",
};
export const signedIn: Record<Actor, Outcome> = { ...everyone, anonymous: "UNAUTHORIZED" };
export const members = signedIn;
export const adminsOnly: Record<Actor, Outcome> = {
  ...signedIn,
  clinician: "FORBIDDEN",
  otherClinician: "FORBIDDEN",
  supervisor: "FORBIDDEN",
  otherSupervisor: "FORBIDDEN",
  supervisingClinician: "FORBIDDEN",
  otherOrgSupervisor: "FORBIDDEN",
};
export const supervisorsOnly: Record<Actor, Outcome> = {
  ...signedIn,
  clinician: "FORBIDDEN",
  otherClinician: "FORBIDDEN",
  admin: "FORBIDDEN",
  otherOrgAdmin: "FORBIDDEN",
};
/** Clinicians, each acting on their own data; no supervisor or admin role reaches it. */
export const cliniciansOnly: Record<Actor, Outcome> = {
  ...signedIn,
  supervisor: "FORBIDDEN",
  otherSupervisor: "FORBIDDEN",
  admin: "FORBIDDEN",
  otherOrgAdmin: "FORBIDDEN",
  otherOrgSupervisor: "FORBIDDEN",
};
/** The clinician who owns the record: other clinicians are told it does not exist. */
export const ownerOnly: Record<Actor, Outcome> = {
  ...cliniciansOnly,
  otherClinician: "NOT_FOUND",
  supervisingClinician: "NOT_FOUND",
};
