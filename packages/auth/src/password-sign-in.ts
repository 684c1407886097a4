import { randomUUID } from "node:crypto";

import type { Db } from "@tend/db";
import { hashPassword, verifyPassword } from "@tend/db/password";
import {
  countRecentFailedSignIns,
  findUserByEmail,
  isDeactivatedEverywhere,
  lockSignInAttemptsFor,
  recordSignInAttempt,
} from "@tend/db/queries";

/** Failed attempts allowed in the window before password sign-in pauses, per email and per IP. */
export const SIGN_IN_LIMITS = { perEmail: 5, perIp: 20, windowMinutes: 15 } as const;

export type PasswordSignInResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "invalid" | "rate_limited" | "deactivated" };

/**
 * Checks an email and password, counting failures per email and per IP in PostgreSQL so
 * that the limit holds across every app instance. The same answer is given for an
 * unknown email and a wrong password.
 */
export async function signInWithPassword(
  db: Db,
  /** `ip`: the caller's address, or null when it cannot be known (see client-address.ts). */
  params: { email: string; password: string; ip: string | null },
  now = new Date(),
): Promise<PasswordSignInResult> {
  const email = params.email.trim().toLowerCase();
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  // One attempt per email at a time, across every app instance.
  return db.transaction(async (tx) => {
    await lockSignInAttemptsFor(tx, email);
    const recent = await countRecentFailedSignIns(tx, { email, ip: params.ip, since });
    if (recent.byEmail >= SIGN_IN_LIMITS.perEmail || recent.byIp >= SIGN_IN_LIMITS.perIp) {
      return { ok: false, reason: "rate_limited" } as const;
    }
    const user = await findUserByEmail(tx, email);
    // An unknown email costs the same time as a wrong password, so timing reveals nothing.
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), params.password);
    const succeeded = Boolean(user?.passwordHash) && valid;
    await recordSignInAttempt(tx, { email, ip: params.ip, succeeded });
    if (!user || !succeeded) return { ok: false, reason: "invalid" } as const;
    // Said only to someone who knows the password: deactivated in every organisation.
    if (await isDeactivatedEverywhere(tx, user.id))
      return { ok: false, reason: "deactivated" } as const;
    return { ok: true, user: { id: user.id, name: user.name, email: user.email } } as const;
  });
}

let dummy: Promise<string> | undefined;
/** A hash of a random password, for comparing against when there is no account. */
const dummyHash = () => (dummy ??= hashPassword(randomUUID()));
