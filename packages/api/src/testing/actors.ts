import superjson from "superjson";

import type { Db } from "@tend/db";
import type { TestOrganisation } from "@tend/db/testing";

import { handleApiRequest } from "../http";
import { createCaller } from "../index";
import { createTRPCContext } from "../trpc";

/**
 * Who calls: nobody; the clinician who owns the data; another clinician of the same
 * organisation; the owner's supervisor; a supervisor with no link to the owner; an admin;
 * the admin of another organisation; and a supervisor of another organisation.
 *
 * For a supervision session the owner clinician is its participant and the owner's supervisor
 * runs it; the other clinician (and everyone else) is a non-participant.
 */
export const ACTORS = [
  "anonymous",
  "clinician",
  "otherClinician",
  "supervisor",
  "otherSupervisor",
  "supervisingClinician",
  "admin",
  "otherOrgAdmin",
  "otherOrgSupervisor",
] as const;
export type Actor = (typeof ACTORS)[number];

export interface Fixture {
  db: Db;
  org: TestOrganisation;
  other: TestOrganisation;
}

export function userIdOf(fx: Fixture, actor: Actor): string | null {
  switch (actor) {
    case "anonymous":
      return null;
    case "otherOrgAdmin":
      return fx.other.admin.userId;
    case "otherOrgSupervisor":
      return fx.other.supervisor.userId;
    default:
      return fx.org[actor].userId;
  }
}

/** A server-side caller acting as `actor`: the same middleware runs as over HTTP. */
export function callerFor(fx: Fixture, actor: Actor, opts: { devTools?: boolean } = {}) {
  const id = userIdOf(fx, actor);
  return createCaller(
    createTRPCContext({
      db: fx.db,
      session: id ? { id, sessionVersion: 0 } : null,
      devTools: opts.devTools,
    }),
  );
}

interface HttpError {
  message: string;
  data: { code: string; fieldErrors: Record<string, string[]> | null };
}

/** Calls a procedure through the HTTP adapter, as the apps' /api/trpc route does. */
export async function callOverHttp(
  fx: Fixture,
  actor: Actor,
  path: string,
  type: "query" | "mutation",
  input: unknown,
): Promise<{ status: number; body: { error?: HttpError } }> {
  const id = userIdOf(fx, actor);
  const serialized = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
  const url = `http://localhost/api/trpc/${path}`;
  const req =
    type === "query"
      ? new Request(`${url}?input=${serialized}`)
      : new Request(url, {
          method: "POST",
          headers: { "content-type": "application/json", origin: "http://localhost" },
          body: JSON.stringify(superjson.serialize(input)),
        });
  const res = await handleApiRequest({
    req,
    isOwnOrigin: (origin) => origin === "http://localhost",
    createContext: () =>
      createTRPCContext({ db: fx.db, session: id ? { id, sessionVersion: 0 } : null }),
  });
  const raw = (await res.json()) as { error?: Parameters<typeof superjson.deserialize>[0] };
  const error = raw.error ? superjson.deserialize<HttpError>(raw.error) : undefined;
  return { status: res.status, body: { error } };
}
