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
  findLinkedSubjects,
  findUserByEmail,
  isDeactivatedEverywhere,
} from "@tend/db/queries";

/** The provider's id in next-auth, in callback addresses (`/api/auth/callback/sso`). */
export const SSO_PROVIDER_ID = "sso";

/** Why a sign-in through the provider was refused; each has its own message on /sign-in. */
export type SsoRefusal =
  | "unverified"
  | "domain"
  | "not-member"
  | "deactivated"
  | "linked-elsewhere"
  | "other-subject"
  | "signed-in-as-other";

export type SsoDecision = { ok: true; userId: string } | { ok: false; reason: SsoRefusal };

/** The `error` parameter /sign-in shows for a refusal. */
export const SSO_ERROR_CODES: Record<SsoRefusal, string> = {
  unverified: "SsoUnverified",
  domain: "SsoDomain",
  "not-member": "SsoNotMember",
  deactivated: "SsoDeactivated",
  "linked-elsewhere": "SsoLinkedElsewhere",
  "other-subject": "SsoOtherSubject",
  "signed-in-as-other": "SsoSignedInAsOther",
};

/**
 * Whether the person the provider names may sign in, and as whom: `email` and `emailVerified`
 * are the provider's claims, `subject` its stable id for them, `signedInAs` whoever this
 * browser is already signed in as (next-auth would link the provider to that account).
 */
export async function decideSsoSignIn(
  db: DbOrTx,
  params: {
    email: unknown;
    emailVerified: unknown;
    subject: string;
    allowedDomains: readonly string[];
    signedInAs: string | null;
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
  // The account already answers to another subject: the address now names someone new there.
  const subjects = await findLinkedSubjects(db, SSO_PROVIDER_ID, user.id);
  if (subjects.some((s) => s !== params.subject)) return { ok: false, reason: "other-subject" };
  // Never link one person's provider identity to another person's open session.
  if (params.signedInAs !== null && params.signedInAs !== user.id)
    return { ok: false, reason: "signed-in-as-other" };
  if ((await countActiveMemberships(db, user.id)) === 0)
    return {
      ok: false,
      reason: (await isDeactivatedEverywhere(db, user.id)) ? "deactivated" : "not-member",
    };
  return { ok: true, userId: user.id };
}
