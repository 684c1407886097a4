/** A person's own profile: name, time zone, working hours and quiet hours. */
import type { DbOrTx } from "@tend/db";
import { getProfile as readProfile, updateProfile as writeProfile } from "@tend/db/queries";
import type { ProfilePatch } from "@tend/db/queries";

import type { UserActor } from "../actor";
import { DomainError } from "../errors";

const GONE = "Your account no longer exists.";

export async function getProfile(db: DbOrTx, actor: UserActor) {
  const profile = await readProfile(db, actor.userId);
  if (!profile) throw new DomainError("NOT_FOUND", GONE);
  return profile;
}

/** Updates any subset of name, time zone, working hours and quiet hours. */
export async function updateProfile(db: DbOrTx, actor: UserActor, patch: ProfilePatch) {
  const profile = await writeProfile(db, actor.userId, patch);
  if (!profile) throw new DomainError("NOT_FOUND", GONE);
  return profile;
}
