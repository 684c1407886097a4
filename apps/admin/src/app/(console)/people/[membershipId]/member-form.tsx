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
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
  setServerErrors,
} from "@tend/ui/form";
import { ROLE_LABELS } from "@tend/ui/labels";

import { updatePersonAction } from "~/actions/people";

type Values = RouterInputs["person"]["update"];
type Role = Values["roles"][number];

const ROLE_HELP: Record<Role, string> = {
  clinician: "Takes private self-checks and keeps a prevention plan.",
  supervisor: "Offers supervision; sees only what supervisees choose to share.",
  admin: "Runs this console: people, teams, settings and anonymous reports.",
};

/** A member's roles, teams and job title. */
export function MemberForm({
  person,
  teams,
  isSelf,
}: {
  person: Values;
  teams: { id: string; name: string }[];
  isSelf: boolean;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ defaultValues: person });
  const { errors } = form.formState;
  const save = useAction(updatePersonAction, {
    onSuccess: (after) => {
      form.reset({
        membershipId: after.membershipId,
        roles: after.roles,
        teamIds: after.teams.map((t) => t.id),
        title: after.title,
      });
      setSaved(true);
      router.refresh();
    },
    onError: ({ message, fieldErrors }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  });
  const onSubmit = form.handleSubmit((values) => save.mutate(values));

  return (
    <Form {...form}>
      <form
        noValidate
        className="space-y-5"
        onSubmit={(event) => {
          setSaved(false);
          void onSubmit(event);
        }}
      >
        <Controller
          control={form.control}
          name="roles"
          rules={{ validate: (roles) => roles.length > 0 || "Choose at least one role." }}
          render={({ field }) => (
            <CheckboxGroup
              legend="Roles"
              description={
                isSelf ? "If you remove your own admin role, you leave this console." : undefined
              }
              options={(Object.keys(ROLE_LABELS) as Role[]).map((r) => ({
                value: r,
                label: ROLE_LABELS[r],
                help: ROLE_HELP[r],
              }))}
              value={field.value}
              onChange={field.onChange}
              error={errors.roles?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="teamIds"
          render={({ field }) =>
            teams.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                Your organisation has no teams yet: add them on the Teams page.
              </p>
            ) : (
              <CheckboxGroup
                legend="Teams"
                options={teams.map((t) => ({ value: t.id, label: t.name }))}
                value={field.value}
                onChange={field.onChange}
                error={errors.teamIds?.message}
              />
            )
          }
        />
        <FormField
          control={form.control}
          name="title"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Job title</FormLabel>
              <FormControl>
                <Input
                  {...field}
                  value={field.value ?? ""}
                  onChange={(e) => field.onChange(e.target.value || null)}
                  maxLength={120}
                  autoComplete="organization-title"
                />
              </FormControl>
              <FormDescription>
                Optional, e.g. Trauma therapist. Searchable on People.
              </FormDescription>
              <FormMessage />
            </FormItem>
          )}
        />
        {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save changes"}
          </Button>
          <p aria-live="polite" className="text-sm text-muted-foreground">
            {saved && !form.formState.isDirty ? "Saved." : ""}
          </p>
        </div>
      </form>
    </Form>
  );
}
