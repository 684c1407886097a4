/** Helpers for the integration tests of domain functions. */
import type { DbOrTx } from "@tend/db";
import type { TestMember } from "@tend/db/testing";
import { getSessionVersion, resolveSession } from "@tend/db/queries";

import type { MemberActor } from "./actor";

/** A test member as the actor of a request: their session resolved as the API resolves it. */
export async function actorOf(db: DbOrTx, member: TestMember): Promise<MemberActor> {
  const resolved = await resolveSession(db, {
    userId: member.userId,
    sessionVersion: (await getSessionVersion(db, member.userId)) ?? 0,
  });
  if (!resolved.current || !resolved.membership) throw new Error("no actor");
  return { userId: member.userId, ...resolved.caller, membership: resolved.membership };
}
