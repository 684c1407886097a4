"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Input } from "@tend/ui";
import {
  Form,
  FormControl,
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
  setServerErrors,
} from "@tend/ui/form";

import { acceptInvitationAction } from "~/actions/identity";

/**
 * The fields of `invitation.accept` (the token comes from the link), checked by its schema on
 * the server, plus the repeated password of a new account, checked here.
 */
interface Values {
  name: string;
  password: string;
  confirm: string;
}

export function AcceptInvitationForm({
  token,
  name: invitedName,
  hasAccount,
  minPasswordLength,
}: {
  token: string;
  name: string;
  hasAccount: boolean;
  minPasswordLength: number;
}) {
  const router = useRouter();
  const form = useForm<Values>({
    defaultValues: { name: invitedName, password: "", confirm: "" },
  });
  const accept = useAction(acceptInvitationAction, {
    onSuccess: () => router.push("/sign-in?joined=1"),
    onError: ({ message, fieldErrors }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  });
  const rootError = form.formState.errors.root?.server?.message;
  const typed = form.watch("password").length;
  const toGo = minPasswordLength - typed;

  return (
    <Form {...form}>
      <form
        noValidate
        className="space-y-4"
        onSubmit={form.handleSubmit(({ name, password, confirm }) => {
          if (hasAccount || password === confirm)
            accept.mutate({
              token,
              name,
              password,
              // A new account starts in this browser's zone (the server checks it).
              timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
            });
          else form.setError("confirm", { message: "The two passwords differ." });
        })}
      >
        {rootError ? <Alert tone="error">{rootError}</Alert> : null}
        <FormField
          control={form.control}
          name="name"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Your name</FormLabel>
              <FormControl>
                <Input autoComplete="name" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="password"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{hasAccount ? "Current password" : "Password"}</FormLabel>
              <FormControl>
                <Input
                  type="password"
                  autoComplete={hasAccount ? "current-password" : "new-password"}
                  {...field}
                />
              </FormControl>
              <FormDescription>
                {hasAccount
                  ? "The password you sign in to Tend with."
                  : typed === 0
                    ? `At least ${minPasswordLength} characters. A short sentence is easy to remember.`
                    : toGo > 0
                      ? `${typed} of at least ${minPasswordLength} characters: ${toGo} to go.`
                      : `Long enough: ${typed} characters.`}
              </FormDescription>
              {hasAccount ? null : (
                // Said once, when the password becomes long enough, not at every key.
                <p aria-live="polite" className="sr-only">
                  {typed >= minPasswordLength ? "The password is long enough." : ""}
                </p>
              )}
              <FormMessage />
            </FormItem>
          )}
        />
        {hasAccount ? null : (
          <FormField
            control={form.control}
            name="confirm"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Repeat the password</FormLabel>
                <FormControl>
                  <Input type="password" autoComplete="new-password" {...field} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
        )}
        <Button type="submit" className="w-full" disabled={accept.isPending}>
          {accept.isPending ? "Joining…" : "Join"}
        </Button>
      </form>
    </Form>
  );
}
