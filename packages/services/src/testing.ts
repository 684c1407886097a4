/** Helpers for the integration tests of domain functions. */
import type { DbOrTx } from "@tend/db";
import type { TestMember } from "@tend/db/testing";
import { getSessionVersion, resolveSession } from "@tend/db/queries";

import type { MemberActor } from "./actor";
import { DomainError } from "./errors";

/** A test member as the actor of a request: their session resolved as the API resolves it. */
export async function actorOf(db: DbOrTx, member: TestMember): Promise<MemberActor> {
  const resolved = await resolveSession(db, {
    userId: member.userId,
    sessionVersion: (await getSessionVersion(db, member.userId)) ?? 0,
  });
  if (!resolved.current || !resolved.membership) throw new Error("no actor");
  return { userId: member.userId, ...resolved.caller, membership: resolved.membership };
}

/** What a call refused with: its DomainError's code, message and field messages. */
export async function domainFailure(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError))
    throw new Error(`expected a DomainError, got ${String(error)}`);
  return { code: error.code, message: error.message, fields: error.fieldErrors };
}
