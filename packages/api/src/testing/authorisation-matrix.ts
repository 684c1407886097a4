import { createInvitation } from "@tend/db/queries";

import type { AnyTRPCRouter } from "@trpc/server";

import type { Actor, Fixture } from "./actors";

/**
 * Who may call each procedure. `allow` means the call succeeds; for the admin of another
 * organisation it must also return nothing of the first organisation (checked by the test).
 */
export type Outcome = "allow" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

export interface MatrixRow {
  type: "query" | "mutation";
  /** A valid input for `actor` (omit for procedures without input). */
  input?: (fx: Fixture, actor: Actor) => unknown;
  /** An input the procedure must reject with 400 and field messages (required when it takes input). */
  invalidInput?: unknown;
  expect: Record<Actor, Outcome>;
}

const everyone: Record<Actor, Outcome> = {
  anonymous: "allow",
  clinician: "allow",
  supervisor: "allow",
  admin: "allow",
  otherOrgAdmin: "allow",
};
const signedIn: Record<Actor, Outcome> = { ...everyone, anonymous: "UNAUTHORIZED" };
const members = signedIn;
const adminsOnly: Record<Actor, Outcome> = { ...signedIn, clinician: "FORBIDDEN", supervisor: "FORBIDDEN" };
const supervisorsOnly: Record<Actor, Outcome> = {
  ...signedIn,
  clinician: "FORBIDDEN",
  admin: "FORBIDDEN",
  otherOrgAdmin: "FORBIDDEN",
};
const nobody: Record<Actor, Outcome> = {
  anonymous: "NOT_FOUND",
  clinician: "NOT_FOUND",
  supervisor: "NOT_FOUND",
  admin: "NOT_FOUND",
  otherOrgAdmin: "NOT_FOUND",
};

let invitationCount = 0;
const freshInvitation = async (fx: Fixture) =>
  createInvitation(fx.db, {
    organisationId: fx.org.organisationId,
    email: `invitee-${Date.now()}-${++invitationCount}@test.example`,
    roles: ["clinician"],
    expiresAt: new Date(Date.now() + 86_400_000),
  });

export const AUTHORISATION_MATRIX: Record<string, MatrixRow> = {
  "me.get": { type: "query", expect: signedIn },
  "me.update": {
    type: "mutation",
    input: () => ({ timeZone: "Europe/Paris" }),
    invalidInput: { timeZone: "Mars/Olympus_Mons", quietHours: { start: "25:00", end: "07:00" } },
    expect: signedIn,
  },
  "org.listMemberships": { type: "query", expect: signedIn },
  "org.current": { type: "query", expect: members },
  "org.switch": {
    type: "mutation",
    input: (fx) => ({ organisationId: fx.org.organisationId }),
    invalidInput: { organisationId: "not-a-uuid" },
    expect: { ...members, otherOrgAdmin: "FORBIDDEN" },
  },
  "team.list": { type: "query", expect: members },
  "person.list": { type: "query", expect: adminsOnly },
  "supervision.listSupervisees": { type: "query", expect: supervisorsOnly },
  "supervision.listMySupervisors": { type: "query", expect: members },
  "invitation.get": {
    type: "query",
    input: async (fx) => ({ token: (await freshInvitation(fx)).token }),
    invalidInput: { token: "short" },
    expect: everyone,
  },
  "invitation.accept": {
    type: "mutation",
    input: async (fx) => ({ token: (await freshInvitation(fx)).token, name: "New Person", password: "a long enough password" }),
    invalidInput: { token: "short", name: "", password: "too short" },
    expect: everyone,
  },
  // Development tools are off in tests, as in production: the outbox answers 404 to everyone.
  "devOutbox.list": { type: "query", expect: nobody },
};

/** Procedure paths of a router (e.g. "me.get"). */
export function procedurePaths(router: AnyTRPCRouter): string[] {
  return Object.keys(router._def.procedures as Record<string, unknown>).sort();
}

/** Procedures without a matrix row, and rows naming no procedure. Both must be empty. */
export function matrixGaps(router: AnyTRPCRouter, matrix: Record<string, MatrixRow>) {
  const paths = procedurePaths(router);
  return {
    missingRows: paths.filter((p) => !(p in matrix)),
    unknownRows: Object.keys(matrix).filter((p) => !paths.includes(p)),
  };
}

/** Whether a procedure declares an input parser. */
export function takesInput(router: AnyTRPCRouter, path: string): boolean {
  const procedure = (router._def.procedures as Record<string, { _def: { inputs: unknown[] } }>)[path];
  return (procedure?._def.inputs.length ?? 0) > 0;
}
