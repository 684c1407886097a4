"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { z } from "zod";

import type { RouterOutputs } from "@tend/api";
import { describeError, useTRPC } from "@tend/api/client";
import { profileUpdateSchema } from "@tend/api/schemas";
import { WEEKDAY_NAMES } from "@tend/ui/labels";
import {
  Alert,
  Button,
  Card,
  CardDescription,
  CardTitle,
  FieldError,
  Input,
  Label,
  Select,
} from "@tend/ui";

type Profile = RouterOutputs["me"]["get"];
type FieldErrors = Record<string, string[] | undefined>;

/** Monday first, as most clinics plan their week. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export function ProfileForm({ profile, timeZones }: { profile: Profile; timeZones: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState(profile.name);
  const [timeZone, setTimeZone] = useState(profile.timeZone);
  const [days, setDays] = useState<number[]>(profile.workingHours.days);
  const [workStart, setWorkStart] = useState(profile.workingHours.start);
  const [workEnd, setWorkEnd] = useState(profile.workingHours.end);
  const [quietStart, setQuietStart] = useState(profile.quietHours.start);
  const [quietEnd, setQuietEnd] = useState(profile.quietHours.end);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);

  const update = useMutation(
    trpc.me.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
      onError: (error) => setErrors(describeError(error).fieldErrors),
    }),
  );

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = {
      name,
      timeZone,
      workingHours: { days, start: workStart, end: workEnd },
      quietHours: { start: quietStart, end: quietEnd },
    };
    const parsed = profileUpdateSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      return;
    }
    setErrors({});
    update.mutate(parsed.data);
  };

  const describedBy = (key: string) => (errors[key] ? `${id}-${key}-error` : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {saved ? <Alert tone="success">Your profile is saved.</Alert> : null}
      {update.error && !Object.keys(errors).length ? (
        <Alert tone="error">{describeError(update.error).message}</Alert>
      ) : null}

      <Card className="space-y-4">
        <CardTitle>About you</CardTitle>
        <div className="space-y-2">
          <Label htmlFor={`${id}-name`}>Name</Label>
          <Input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="name"
            aria-invalid={Boolean(errors.name)}
            aria-describedby={describedBy("name")}
          />
          <FieldError id={`${id}-name-error`} messages={errors.name} />
        </div>
        <div className="space-y-2">
          <Label htmlFor={`${id}-tz`}>Time zone</Label>
          <Select
            id={`${id}-tz`}
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
            aria-invalid={Boolean(errors.timeZone)}
            aria-describedby={describedBy("timeZone") ?? `${id}-tz-hint`}
          >
            {timeZones.map((tz) => (
              <option key={tz} value={tz}>
                {tz.replaceAll("_", " ")}
              </option>
            ))}
          </Select>
          <p id={`${id}-tz-hint`} className="text-sm text-muted-foreground">
            Times below are in this zone.
          </p>
          <FieldError id={`${id}-timeZone-error`} messages={errors.timeZone} />
        </div>
      </Card>

      <Card className="space-y-4">
        <CardTitle>Working hours</CardTitle>
        <CardDescription>
          Supervision and group sessions are offered inside these hours.
        </CardDescription>
        <fieldset aria-describedby={describedBy("workingHours")}>
          <legend className="mb-2 text-sm font-medium">Working days</legend>
          <div className="flex flex-wrap gap-2">
            {WEEK_ORDER.map((d) => {
              const checked = days.includes(d);
              return (
                <label
                  key={d}
                  className="flex cursor-pointer items-center gap-2 rounded-md border border-input px-3 py-2 text-sm has-[:checked]:border-primary has-[:checked]:bg-secondary"
                >
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() => setDays(checked ? days.filter((x) => x !== d) : [...days, d])}
                  />
                  {WEEKDAY_NAMES[d]}
                </label>
              );
            })}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-2">
            <Label htmlFor={`${id}-ws`}>Start</Label>
            <Input
              id={`${id}-ws`}
              type="time"
              value={workStart}
              onChange={(e) => setWorkStart(e.target.value)}
              required
            />
          </div>
          <div className="space-y-2">
            <Label htmlFor={`${id}-we`}>End</Label>
            <Input
              id={`${id}-we`}
              type="time"
              value={workEnd}
              onChange={(e) => setWorkEnd(e.target.value)}
              required
            />
          </div>
        </div>
        <FieldError id={`${id}-workingHours-error`} messages={errors.workingHours} />
      </Card>

      <Card className="space-y-4">
        <CardTitle>Quiet hours</CardTitle>
        <CardDescription>
          No reminders or notifications reach you in this window. It may cross midnight.
        </CardDescription>
        <div className="grid gap-4 sm:grid-cols-2" aria-describedby={describedBy("quietHours")}>
          <div className="space-y-2">
            <Label htmlFor={`${id}-qs`}>From</Label>
            <Input
              id={`${id}-qs`}
              type="time"
              value={quietStart}
              onChange={(e) => setQuietStart(e.target.value)}
              required
            />
          </div>
          <div className="space-y-2">
            <Label htmlFor={`${id}-qe`}>Until</Label>
            <Input
              id={`${id}-qe`}
              type="time"
              value={quietEnd}
              onChange={(e) => setQuietEnd(e.target.value)}
              required
            />
          </div>
        </div>
        <FieldError id={`${id}-quietHours-error`} messages={errors.quietHours} />
      </Card>

      <div className="flex items-center gap-3">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save profile"}
        </Button>
      </div>
    </form>
  );
}
