/** A person's own profile: name, time zone, working hours and quiet hours. */
import type { DbOrTx } from "@tend/db";
import type { ProfilePatch } from "@tend/db/queries";
import {
  bumpSessionVersion,
  recordAuditEvent,
  updateProfile as writeProfile,
} from "@tend/db/queries";

import type { UserActor } from "../actor";
import { DomainError } from "../errors";

const GONE = "Your account no longer exists.";

/** The caller's profile, as read with their session (no query of its own). */
export function getProfile(actor: UserActor) {
  const { id, name, email, timeZone, workingHours, quietHours } = actor.person;
  return { id, name, email, timeZone, workingHours, quietHours };
}

/** Updates any subset of name, time zone, working hours and quiet hours. */
export async function updateProfile(db: DbOrTx, actor: UserActor, patch: ProfilePatch) {
  const profile = await writeProfile(db, actor.userId, patch);
  if (!profile) throw new DomainError("NOT_FOUND", GONE);
  return profile;
}

/** Ends every session of the person, on every device, this one included. */
export async function signOutEverywhere(db: DbOrTx, actor: UserActor) {
  await bumpSessionVersion(db, actor.userId);
  await recordAuditEvent(db, { actorUserId: actor.userId, action: "auth.signed_out_everywhere" });
  return { signedOut: true };
}
