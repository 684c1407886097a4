"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";

import type { RouterInputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Input } from "@tend/ui";
import { CheckboxGroup } from "@tend/ui/checkbox-group";
import {
  Form,
  FormControl,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
  setServerErrors,
} from "@tend/ui/form";
import { ROLE_LABELS } from "@tend/ui/labels";

import { invitePersonAction } from "~/actions/invitations";

type Values = RouterInputs["invitation"]["create"];
type Role = Values["roles"][number];

const EMPTY: Values = { email: "", name: "", roles: ["clinician"], teamIds: [], title: null };

/** One invitation: an address, an optional name and title, roles and teams. */
export function InviteForm({ teams }: { teams: { id: string; name: string }[] }) {
  const router = useRouter();
  const [sent, setSent] = useState<{ email: string; mailed: boolean } | null>(null);
  const form = useForm<Values>({ defaultValues: EMPTY });
  const { errors } = form.formState;
  const invite = useAction(invitePersonAction, {
    onSuccess: (result) => {
      setSent(result);
      form.reset(EMPTY);
      router.refresh();
    },
    onError: ({ message, fieldErrors }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  });
  const onSubmit = form.handleSubmit((values) => invite.mutate(values));

  return (
    <Form {...form}>
      <form
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          setSent(null);
          void onSubmit(event);
        }}
      >
        <FormField
          control={form.control}
          name="email"
          rules={{ required: "Enter their e-mail address." }}
          render={({ field }) => (
            <FormItem>
              <FormLabel>E-mail address</FormLabel>
              <FormControl>
                <Input {...field} type="email" autoComplete="off" maxLength={320} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            control={form.control}
            name="name"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Name (optional)</FormLabel>
                <FormControl>
                  <Input {...field} value={field.value ?? ""} autoComplete="off" maxLength={120} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="title"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Job title (optional)</FormLabel>
                <FormControl>
                  <Input
                    {...field}
                    value={field.value ?? ""}
                    onChange={(e) => field.onChange(e.target.value || null)}
                    autoComplete="off"
                    maxLength={120}
                  />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
        </div>
        <Controller
          control={form.control}
          name="roles"
          rules={{ validate: (roles) => roles.length > 0 || "Choose at least one role." }}
          render={({ field }) => (
            <CheckboxGroup
              inline
              legend="Roles"
              options={(Object.keys(ROLE_LABELS) as Role[]).map((r) => ({
                value: r,
                label: ROLE_LABELS[r],
              }))}
              value={field.value}
              onChange={field.onChange}
              error={errors.roles?.message}
            />
          )}
        />
        {teams.length > 0 && (
          <Controller
            control={form.control}
            name="teamIds"
            render={({ field }) => (
              <CheckboxGroup
                inline
                legend="Teams"
                options={teams.map((t) => ({ value: t.id, label: t.name }))}
                value={field.value ?? []}
                onChange={field.onChange}
                error={errors.teamIds?.message}
              />
            )}
          />
        )}
        {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={invite.isPending}>
            {invite.isPending ? "Sending…" : "Send invitation"}
          </Button>
          <p aria-live="polite" className="min-w-0 text-sm break-words">
            {sent &&
              (sent.mailed
                ? `Invitation sent to ${sent.email}.`
                : `The invitation to ${sent.email} is saved, but the e-mail could not be sent: use Resend under Pending invitations.`)}
          </p>
        </div>
      </form>
    </Form>
  );
}
