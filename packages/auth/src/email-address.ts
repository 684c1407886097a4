import { CredentialsSignin } from "next-auth";
import { z } from "zod";

/** An address a sign-in link may go to: one mailbox, no quotes, no lookalike of "@". */
export const emailAddressSchema = z
  .string()
  .transform((raw) => raw.normalize("NFKC").trim().toLowerCase())
  .pipe(z.email({ message: "Enter your email address." }).max(320));

/** Thrown for an address that is not one: next-auth shows it as a sign-in error, not a crash. */
export class InvalidEmailAddress extends CredentialsSignin {
  override code = "invalid_email";
}

/** The email-link provider's normaliser: a clear error for a malformed address. */
export function normalizeEmailIdentifier(identifier: string): string {
  const parsed = emailAddressSchema.safeParse(identifier);
  if (!parsed.success) throw new InvalidEmailAddress();
  return parsed.data;
}
