"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import type { RouterInputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, CardDescription, Input, Select } from "@tend/ui";
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

import { updateOrganisationSettingsAction } from "~/actions/settings";

type Values = RouterInputs["org"]["updateSettings"];

/** The organisation's name, default time zone and report threshold (k). */
export function OrganisationForm({
  settings,
  minimumThreshold,
  timeZones,
}: {
  settings: Values;
  minimumThreshold: number;
  timeZones: string[];
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({ defaultValues: settings });
  const { errors } = form.formState;
  const save = useAction(updateOrganisationSettingsAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
    onError: ({ message, fieldErrors }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  });
  const onSubmit = form.handleSubmit((values) => save.mutate(values));

  return (
    <Card className="space-y-3" aria-labelledby="organisation-title">
      <h2 id="organisation-title" className="text-lg font-semibold tracking-tight">
        Organisation
      </h2>
      <CardDescription>Every change is recorded in the audit log.</CardDescription>
      <Form {...form}>
        <form
          noValidate
          className="grid gap-4 sm:grid-cols-2"
          onSubmit={(event) => {
            setSaved(false);
            void onSubmit(event);
          }}
        >
          <FormField
            control={form.control}
            name="name"
            render={({ field }) => (
              <FormItem className="sm:col-span-2">
                <FormLabel>Name</FormLabel>
                <FormControl>
                  <Input {...field} maxLength={120} autoComplete="organization" />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="timeZone"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Default time zone</FormLabel>
                <FormControl>
                  <Select {...field}>
                    {timeZones.map((tz) => (
                      <option key={tz} value={tz}>
                        {tz.replaceAll("_", " ")}
                      </option>
                    ))}
                  </Select>
                </FormControl>
                <FormDescription>
                  New members start in this zone; each person can change their own.
                </FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="reportThreshold"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Smallest group a report shows (k)</FormLabel>
                <FormControl>
                  <Input
                    {...field}
                    type="number"
                    inputMode="numeric"
                    min={minimumThreshold}
                    max={100}
                    step={1}
                    onChange={(e) => field.onChange(e.target.valueAsNumber)}
                    value={Number.isNaN(field.value) ? "" : field.value}
                  />
                </FormControl>
                <FormDescription>
                  Team figures from fewer people are hidden. It can be raised, never set below{" "}
                  {minimumThreshold}.
                </FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          {errors.root?.server ? (
            <Alert tone="error" className="sm:col-span-2">
              {errors.root.server.message}
            </Alert>
          ) : null}
          {saved ? (
            <Alert tone="success" className="sm:col-span-2">
              Saved.
            </Alert>
          ) : null}
          <div className="sm:col-span-2">
            <Button type="submit" size="sm" disabled={save.isPending}>
              {save.isPending ? "Saving…" : "Save"}
            </Button>
          </div>
        </form>
      </Form>
    </Card>
  );
}
