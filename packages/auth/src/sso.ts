/**
 * Single sign-on through one generic OpenID Connect provider, configured by environment
 * variables. It never creates an account: a person signs in this way only when the provider
 * vouches for their e-mail address (`email_verified`), the address is in one of the allowed
 * domains, and it belongs to an active member of an organisation here. The first such sign-in
 * links the provider's subject to that account; later ones must come back to the same account.
 */
import type { DbOrTx } from "@tend/db";
import {
  countActiveMemberships,
  findLinkedAccount,
  findUserByEmail,
  isDeactivatedEverywhere,
} from "@tend/db/queries";

/** The provider's id in next-auth, in callback addresses (`/api/auth/callback/sso`). */
export const SSO_PROVIDER_ID = "sso";

/** Why a sign-in through the provider was refused; each has its own message on /sign-in. */
export type SsoRefusal =
  "unverified" | "domain" | "not-member" | "deactivated" | "linked-elsewhere";

export type SsoDecision = { ok: true; userId: string } | { ok: false; reason: SsoRefusal };

/** The `error` parameter /sign-in shows for a refusal. */
export const SSO_ERROR_CODES: Record<SsoRefusal, string> = {
  unverified: "SsoUnverified",
  domain: "SsoDomain",
  "not-member": "SsoNotMember",
  deactivated: "SsoDeactivated",
  "linked-elsewhere": "SsoLinkedElsewhere",
};

/**
 * Whether the person the provider names may sign in, and as whom. `profile` is the provider's
 * ID-token claims; `subject` its stable id for them.
 */
export async function decideSsoSignIn(
  db: DbOrTx,
  params: {
    email: unknown;
    emailVerified: unknown;
    subject: string;
    allowedDomains: readonly string[];
  },
): Promise<SsoDecision> {
  const email = typeof params.email === "string" ? params.email.trim().toLowerCase() : "";
  // Only an explicit `true`: a provider that does not say has not verified the address.
  if (!email || params.emailVerified !== true) return { ok: false, reason: "unverified" };
  const domain = email.slice(email.lastIndexOf("@") + 1);
  if (!email.includes("@") || !params.allowedDomains.includes(domain))
    return { ok: false, reason: "domain" };
  const user = await findUserByEmail(db, email);
  if (!user) return { ok: false, reason: "not-member" };
  const linked = await findLinkedAccount(db, SSO_PROVIDER_ID, params.subject);
  // The provider's subject is already someone else's here: its address has changed hands.
  if (linked && linked !== user.id) return { ok: false, reason: "linked-elsewhere" };
  if ((await countActiveMemberships(db, user.id)) === 0)
    return {
      ok: false,
      reason: (await isDeactivatedEverywhere(db, user.id)) ? "deactivated" : "not-member",
    };
  return { ok: true, userId: user.id };
}
