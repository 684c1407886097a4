import type { Db } from "@tend/db";
import { verifyPassword } from "@tend/db/password";
import { countRecentFailedSignIns, findUserByEmail, recordSignInAttempt } from "@tend/db/queries";

/** Failed attempts allowed in the window before password sign-in pauses, per email and per IP. */
export const SIGN_IN_LIMITS = { perEmail: 5, perIp: 20, windowMinutes: 15 } as const;

export type PasswordSignInResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "invalid" | "rate_limited" };

/**
 * Checks an email and password, counting failures per email and per IP in PostgreSQL so
 * that the limit holds across every app instance. The same answer is given for an
 * unknown email and a wrong password.
 */
export async function signInWithPassword(
  db: Db,
  params: { email: string; password: string; ip: string },
  now = new Date(),
): Promise<PasswordSignInResult> {
  const email = params.email.trim().toLowerCase();
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const recent = await countRecentFailedSignIns(db, { email, ip: params.ip, since });
  if (recent.byEmail >= SIGN_IN_LIMITS.perEmail || recent.byIp >= SIGN_IN_LIMITS.perIp) {
    return { ok: false, reason: "rate_limited" };
  }
  const user = await findUserByEmail(db, email);
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, params.password)
    : false;
  await recordSignInAttempt(db, { email, ip: params.ip, succeeded: valid });
  if (!user || !valid) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
