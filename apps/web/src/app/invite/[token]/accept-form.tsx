"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { describeError, useTRPC } from "@tend/api/client";
import { MIN_PASSWORD_LENGTH, passwordSchema, plainText } from "@tend/api/schemas";
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

/**
 * The fields of `invitation.accept` (the token comes from the link), built from the shared
 * schema pieces, plus the repeated password of a new account.
 */
function acceptSchema(hasAccount: boolean) {
  return z
    .object({
      name: plainText()
        .trim()
        .min(1, { message: "Enter your name." })
        .max(120, { message: "Use at most 120 characters." }),
      password: passwordSchema,
      confirm: z.string(),
    })
    .refine((v) => hasAccount || v.password === v.confirm, {
      message: "The two passwords differ.",
      path: ["confirm"],
    });
}
type Values = z.input<ReturnType<typeof acceptSchema>>;

export function AcceptInvitationForm({
  token,
  name: invitedName,
  hasAccount,
}: {
  token: string;
  name: string;
  hasAccount: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const schema = useMemo(() => acceptSchema(hasAccount), [hasAccount]);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: invitedName, password: "", confirm: "" },
  });
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: () => router.push("/sign-in?joined=1"),
      onError: (error) => {
        const { message, fieldErrors } = describeError(error);
        if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
      },
    }),
  );
  const rootError = form.formState.errors.root?.server?.message;

  return (
    <Form {...form}>
      <form
        noValidate
        className="space-y-4"
        onSubmit={form.handleSubmit(({ name, password }) =>
          accept.mutate({ token, name, password }),
        )}
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
                At least {MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember.
              </FormDescription>
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
