"use client";

import { useActionState, useId } from "react";

import { Alert, Button, FieldError, Input, Label } from "@tend/ui";

import type { SignInState } from "./actions";
import {
  signInAsPersonaAction,
  signInWithEmailAction,
  signInWithPasswordAction,
  signInWithSsoAction,
} from "./actions";

export interface DemoPersona {
  key: string;
  name: string;
  description: string;
}

/**
 * Single sign-on (when configured), password sign-in, an email link, and (in development)
 * one-click demo personas. Shared by both apps; each app's /sign-in page renders it.
 */
export function SignInForm({
  callbackUrl,
  demoPersonas,
  notice,
  ssoName,
}: {
  callbackUrl: string;
  demoPersonas?: DemoPersona[];
  notice?: string;
  /** The organisation's sign-in service, when single sign-on is configured. */
  ssoName?: string | undefined;
}) {
  const [passwordState, passwordAction, passwordPending] = useActionState<SignInState, FormData>(
    signInWithPasswordAction,
    {},
  );
  const [emailState, emailAction, emailPending] = useActionState<SignInState, FormData>(
    signInWithEmailAction,
    {},
  );
  const id = useId();

  return (
    <div className="space-y-8">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {ssoName ? (
        <form
          action={signInWithSsoAction}
          className="space-y-3 border-b border-border pb-6"
          aria-labelledby={`${id}-sso`}
        >
          <h2 id={`${id}-sso`} className="text-base font-semibold">
            Sign in with your organisation
          </h2>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" className="w-full">
            Sign in with {ssoName}
          </Button>
        </form>
      ) : null}
      <form action={passwordAction} className="space-y-4" aria-labelledby={`${id}-pw`} noValidate>
        <h2 id={`${id}-pw`} className="text-base font-semibold">
          Sign in with your password
        </h2>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        {passwordState.message ? <Alert tone="error">{passwordState.message}</Alert> : null}
        <div className="space-y-2">
          <Label htmlFor={`${id}-email`}>Email</Label>
          <Input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={passwordState.email}
            aria-invalid={Boolean(passwordState.fieldErrors?.email)}
            aria-describedby={passwordState.fieldErrors?.email ? `${id}-email-error` : undefined}
          />
          <FieldError id={`${id}-email-error`} messages={passwordState.fieldErrors?.email} />
        </div>
        <div className="space-y-2">
          <Label htmlFor={`${id}-password`}>Password</Label>
          <Input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={Boolean(passwordState.fieldErrors?.password)}
            aria-describedby={
              passwordState.fieldErrors?.password ? `${id}-password-error` : undefined
            }
          />
          <FieldError id={`${id}-password-error`} messages={passwordState.fieldErrors?.password} />
        </div>
        <Button type="submit" className="w-full" disabled={passwordPending}>
          {passwordPending ? "Signing in…" : "Sign in"}
        </Button>
      </form>

      <form
        action={emailAction}
        className="space-y-4 border-t border-border pt-6"
        aria-labelledby={`${id}-link`}
        noValidate
      >
        <h2 id={`${id}-link`} className="text-base font-semibold">
          Or get a sign-in link by email
        </h2>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        {emailState.message ? <Alert tone="error">{emailState.message}</Alert> : null}
        <div className="space-y-2">
          <Label htmlFor={`${id}-link-email`}>Email</Label>
          <Input
            id={`${id}-link-email`}
            name="email"
            type="email"
            autoComplete="email"
            required
            aria-invalid={Boolean(emailState.fieldErrors?.email)}
            aria-describedby={emailState.fieldErrors?.email ? `${id}-link-email-error` : undefined}
          />
          <FieldError id={`${id}-link-email-error`} messages={emailState.fieldErrors?.email} />
        </div>
        <Button type="submit" variant="outline" className="w-full" disabled={emailPending}>
          {emailPending ? "Sending…" : "Email me a link"}
        </Button>
      </form>

      {demoPersonas?.length ? (
        <section className="space-y-3 border-t border-border pt-6" aria-labelledby={`${id}-demo`}>
          <h2 id={`${id}-demo`} className="text-base font-semibold">
            Demo personas{" "}
            <span className="font-normal text-muted-foreground">(development only)</span>
          </h2>
          <ul className="space-y-2">
            {demoPersonas.map((p) => (
              <li key={p.key}>
                <form action={signInAsPersonaAction}>
                  <input type="hidden" name="persona" value={p.key} />
                  <input type="hidden" name="callbackUrl" value={callbackUrl} />
                  <Button
                    type="submit"
                    variant="secondary"
                    className="h-auto w-full justify-start py-2 text-left"
                  >
                    <span>
                      <span className="block">{p.name}</span>
                      <span className="block text-xs font-normal text-muted-foreground">
                        {p.description}
                      </span>
                    </span>
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
