"use client";

import type { UseFormReturn } from "react-hook-form";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";

import type { RouterInputs, RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import {
  Alert,
  Button,
  Card,
  CardDescription,
  CardTitle,
  FieldError,
  Input,
  Select,
} from "@tend/ui";
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
import { WEEKDAY_NAMES } from "@tend/ui/labels";

import { updateProfileAction } from "~/actions/identity";

type Profile = RouterOutputs["me"]["get"];
/** Every field of `me.update` (all optional there): the form always sends them all. */
type Values = Required<RouterInputs["me"]["update"]>;

/** Monday first, as most clinics plan their week. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export function ProfileForm({ profile, timeZones }: { profile: Profile; timeZones: string[] }) {
  const router = useRouter();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({
    defaultValues: {
      name: profile.name,
      timeZone: profile.timeZone,
      workingHours: profile.workingHours,
      quietHours: profile.quietHours,
    },
  });
  const { errors } = form.formState;

  const update = useAction(updateProfileAction, {
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
    onError: ({ message, fieldErrors }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  });

  const onSubmit = form.handleSubmit((values) => update.mutate(values));

  return (
    <Form {...form}>
      <form
        onSubmit={(event) => {
          setSaved(false);
          void onSubmit(event);
        }}
        noValidate
        className="space-y-6"
      >
        {saved ? <Alert tone="success">Your profile is saved.</Alert> : null}
        {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}

        <Card className="space-y-4">
          <CardTitle>About you</CardTitle>
          <FormField
            control={form.control}
            name="name"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Name</FormLabel>
                <FormControl>
                  <Input {...field} autoComplete="name" />
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
                <FormLabel>Time zone</FormLabel>
                <FormControl>
                  <Select {...field}>
                    {timeZones.map((tz) => (
                      <option key={tz} value={tz}>
                        {tz.replaceAll("_", " ")}
                      </option>
                    ))}
                  </Select>
                </FormControl>
                <FormDescription>Times below are in this zone.</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
        </Card>

        <Card className="space-y-4">
          <CardTitle>Working hours</CardTitle>
          <CardDescription>
            Self-check reminders are timed to arrive inside these hours, on your working days.
          </CardDescription>
          <FormField
            control={form.control}
            name="workingHours.days"
            render={({ field, fieldState }) => (
              <FormItem>
                <fieldset
                  aria-describedby={fieldState.error ? `${id}-days-error` : undefined}
                  aria-invalid={Boolean(fieldState.error)}
                >
                  <legend className="mb-2 text-sm font-medium">Working days</legend>
                  <div className="flex flex-wrap gap-2">
                    {WEEK_ORDER.map((d) => {
                      const days = field.value;
                      const checked = days.includes(d);
                      return (
                        <label
                          key={d}
                          className="flex cursor-pointer items-center gap-2 rounded-md border border-input px-3 py-2 text-sm has-[:checked]:border-primary has-[:checked]:bg-secondary has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
                        >
                          <input
                            type="checkbox"
                            name={field.name}
                            checked={checked}
                            onBlur={field.onBlur}
                            ref={d === WEEK_ORDER[0] ? field.ref : undefined}
                            onChange={() =>
                              field.onChange(checked ? days.filter((x) => x !== d) : [...days, d])
                            }
                          />
                          {WEEKDAY_NAMES[d]}
                        </label>
                      );
                    })}
                  </div>
                </fieldset>
                <FieldError
                  id={`${id}-days-error`}
                  messages={fieldState.error?.message ? [fieldState.error.message] : undefined}
                />
              </FormItem>
            )}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TimeField form={form} name="workingHours.start" label="Start" />
            <TimeField form={form} name="workingHours.end" label="End" />
          </div>
          <GroupError message={errors.workingHours?.message} />
        </Card>

        <Card className="space-y-4">
          <CardTitle>Quiet hours</CardTitle>
          <CardDescription>
            No reminders or notifications reach you in this window. It may cross midnight.
          </CardDescription>
          <div className="grid gap-4 sm:grid-cols-2">
            <TimeField form={form} name="quietHours.start" label="From" />
            <TimeField form={form} name="quietHours.end" label="Until" />
          </div>
          <GroupError message={errors.quietHours?.message} />
        </Card>

        <div className="flex items-center gap-3">
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? "Saving…" : "Save profile"}
          </Button>
        </div>
      </form>
    </Form>
  );
}

type TimeName = "workingHours.start" | "workingHours.end" | "quietHours.start" | "quietHours.end";

function TimeField({
  form,
  name,
  label,
}: {
  form: UseFormReturn<Values>;
  name: TimeName;
  label: string;
}) {
  return (
    <FormField
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input type="time" required {...field} />
          </FormControl>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}

/** An error the API gives for a whole group (working or quiet hours) rather than one field. */
function GroupError({ message }: { message: string | undefined }) {
  return message ? (
    <p role="alert" className="text-sm text-destructive">
      {message}
    </p>
  ) : null;
}
