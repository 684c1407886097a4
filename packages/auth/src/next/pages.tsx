import { redirect } from "next/navigation";

import { Card } from "@tend/ui";

import { demoShortcutsEnabled, ssoConfig } from "../env";
import { hasCurrentSession } from "../index";
import { demoPersonas } from "../personas";
import { safeCallbackPath } from "../safe-path";
import { SignInForm } from "./sign-in-form";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const ERROR_NOTICES: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  AccessDenied: "You cannot sign in with that account.",
  Configuration: "Sign-in is not available right now. Please try again shortly.",
  invalid_email: "That is not an email address we can send a link to. Check it and try again.",
  SsoUnverified:
    "Your organisation's sign-in service did not confirm your email address, so Tend cannot tell who you are. Ask your IT team to confirm it, or sign in below.",
  SsoDomain:
    "That account's email address is not one of your organisation's addresses for single sign-on. Sign in with your work account, or below.",
  SsoNotMember:
    "Signed in with your organisation, but no one with that email address is a member here yet. Ask your administrator for an invitation.",
  SsoDeactivated:
    "Your account has been deactivated by your organisation's administrator. Ask them if you think this is a mistake.",
  SsoLinkedElsewhere:
    "That sign-in belongs to another Tend account. Ask your administrator to check the email address your organisation holds for you.",
  SsoOtherSubject:
    "Your Tend account is linked to a different identity at your organisation's sign-in service. Ask your administrator to check the email address your organisation holds for you.",
  SsoSignedInAsOther:
    "This browser is signed in to Tend as someone else. Sign out first, then sign in with your organisation.",
  OAuthAccountNotLinked:
    "That sign-in could not be linked to your Tend account. Sign in below, or ask your administrator.",
  OAuthCallbackError: "Single sign-on did not finish. Please try again.",
  OAuthSignin: "Single sign-on is not reachable just now. Please try again, or sign in below.",
};

function AuthFrame({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: string;
  children: React.ReactNode;
}) {
  return (
    <main
      id="main"
      className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12"
    >
      <p className="mb-2 text-sm font-semibold tracking-wide text-primary">Tend</p>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="mt-1 mb-6 text-muted-foreground">{subtitle}</p>
      <Card>{children}</Card>
    </main>
  );
}

/** Both apps' /sign-in page. */
export async function SignInPage({
  searchParams,
  subtitle,
}: {
  searchParams: SearchParams;
  subtitle: string;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  // A cookie whose session has ended (signed out everywhere) stays here, to sign in again.
  if (await hasCurrentSession()) redirect(callbackUrl);
  // A malformed address posted straight to next-auth comes back as CredentialsSignin + code.
  const error = first(params.code) === "invalid_email" ? "invalid_email" : first(params.error);
  const notice = first(params.signedOut)
    ? "You have signed out."
    : first(params.joined)
      ? "Your account is ready. Sign in with your email and new password."
      : undefined;
  return (
    <AuthFrame title="Sign in" subtitle={subtitle}>
      {error ? (
        <p
          role="alert"
          className="mb-4 rounded-md border border-destructive/40 bg-destructive/5 px-4 py-3 text-sm text-destructive"
        >
          {ERROR_NOTICES[error] ?? "Sign-in did not work. Please try again."}
        </p>
      ) : null}
      <SignInForm
        callbackUrl={callbackUrl}
        notice={notice}
        demoPersonas={demoShortcutsEnabled ? demoPersonas : undefined}
        ssoName={ssoConfig?.name}
      />
    </AuthFrame>
  );
}

/** Shown after an email link was requested, whether or not the address has an account. */
export function CheckEmailPage() {
  return (
    <AuthFrame
      title="Check your email"
      subtitle="If that address has an account, a sign-in link is on its way."
    >
      <p className="text-sm">
        The link works once and expires after 15 minutes. Nothing arrived? Check your spam folder,
        or{" "}
        <a className="text-primary underline" href="/sign-in">
          go back and try again
        </a>
        .
      </p>
    </AuthFrame>
  );
}
