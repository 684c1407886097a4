"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getDb } from "@tend/db";
import { DEMO_PASSWORD, PERSONAS } from "@tend/db/personas";

import { emailAddressSchema } from "../email-address";
import { emailLinkThrottled } from "../email-link";
import { demoShortcutsEnabled } from "../env";
import { signIn, signOut } from "../index";
import { safeCallbackPath } from "../safe-path";
import { SSO_PROVIDER_ID } from "../sso";

export interface SignInState {
  message?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  email?: string;
}

const MESSAGES: Record<string, string> = {
  rate_limited:
    "Too many unsuccessful attempts. For your security, password sign-in is paused for 15 minutes: wait, or use an email link.",
  invalid_credentials: "That email and password do not match an account.",
  deactivated:
    "Your account has been deactivated by your organisation's administrator. Ask them if you think this is a mistake.",
};

const passwordForm = z.object({
  email: z.string().trim().email({ message: "Enter your email address." }),
  password: z.string().min(1, { message: "Enter your password." }),
});

export async function signInWithPasswordAction(
  _prev: SignInState,
  form: FormData,
): Promise<SignInState> {
  const parsed = passwordForm.safeParse({
    email: form.get("email"),
    password: form.get("password"),
  });
  const rawEmail = form.get("email");
  const email = typeof rawEmail === "string" ? rawEmail : "";
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email };
  try {
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: safeCallbackPath(form.get("callbackUrl")),
    });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "";
      return { message: MESSAGES[code] ?? MESSAGES.invalid_credentials, email };
    }
    throw error; // the redirect after success
  }
}

/**
 * Signs in the person who has just joined through an invitation, with the password they chose
 * (or confirmed) there, and takes them home. A refused sign-in (a pause after failed attempts,
 * a deactivated account) leaves them on the sign-in page, which says why.
 */
export async function signInAfterJoining(email: string, password: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/sign-in?joined=1");
    throw error; // the redirect after success
  }
}

const emailForm = z.object({ email: emailAddressSchema });

export async function signInWithEmailAction(
  _prev: SignInState,
  form: FormData,
): Promise<SignInState> {
  const parsed = emailForm.safeParse({ email: form.get("email") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors };
  if (await emailLinkThrottled(getDb(), parsed.data.email)) {
    return {
      message:
        "A sign-in link was sent to this address moments ago: use it, or wait a minute before asking again (at most three every 15 minutes).",
      email: parsed.data.email,
    };
  }
  try {
    await signIn("email", {
      email: parsed.data.email,
      redirectTo: safeCallbackPath(form.get("callbackUrl")),
    });
    return {};
  } catch (error) {
    if (error instanceof AuthError)
      return { message: "We could not send a sign-in link just now. Please try again." };
    throw error;
  }
}

/** Hands over to the organisation's single sign-on provider (when one is configured). */
export async function signInWithSsoAction(form: FormData): Promise<void> {
  await signIn(SSO_PROVIDER_ID, { redirectTo: safeCallbackPath(form.get("callbackUrl")) });
}

/** Development only: signs in as a documented demo persona. */
export async function signInAsPersonaAction(form: FormData): Promise<void> {
  if (!demoShortcutsEnabled) throw new Error("Demo sign-in is available only in development.");
  const key = z.enum(Object.keys(PERSONAS) as [keyof typeof PERSONAS]).parse(form.get("persona"));
  const persona = PERSONAS[key];
  await signIn("credentials", {
    email: persona.email,
    password: DEMO_PASSWORD,
    redirectTo: safeCallbackPath(form.get("callbackUrl")),
  });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
