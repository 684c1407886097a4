"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import type { RouterInputs } from "@tend/api";
import { describeError, useTRPC } from "@tend/api/client";
import { Button, Select } from "@tend/ui";

const CHOICES = [
  { days: 7, label: "Every week" },
  { days: 14, label: "Every two weeks" },
  { days: 30, label: "Every 30 days" },
  { days: 60, label: "Every two months" },
  { days: 90, label: "Every three months" },
];

/** How often reminders come for one check, and a pause switch. */
export function CadenceForm(props: {
  instrumentId: RouterInputs["selfCheck"]["updateCadence"]["instrumentId"];
  name: string;
  everyDays: number;
  paused: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [everyDays, setEveryDays] = useState(props.everyDays);
  const [paused, setPaused] = useState(props.paused);
  const save = useMutation(
    trpc.selfCheck.updateCadence.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const choices = CHOICES.some((c) => c.days === props.everyDays)
    ? CHOICES
    : [...CHOICES, { days: props.everyDays, label: `Every ${props.everyDays} days` }];
  const changed = everyDays !== props.everyDays || paused !== props.paused;

  return (
    <form
      className="flex flex-wrap items-center gap-3 border-t border-border pt-3 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ instrumentId: props.instrumentId, everyDays, paused });
      }}
    >
      <label htmlFor={`${id}-every`} className="text-muted-foreground">
        Reminders
      </label>
      <Select
        id={`${id}-every`}
        value={everyDays}
        onChange={(e) => setEveryDays(Number(e.target.value))}
        className="h-9 w-auto"
        disabled={paused}
      >
        {choices.map((c) => (
          <option key={c.days} value={c.days}>
            {c.label}
          </option>
        ))}
      </Select>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={paused} onChange={(e) => setPaused(e.target.checked)} />
        Off
      </label>
      <Button
        type="submit"
        size="sm"
        variant="outline"
        disabled={!changed || save.isPending}
        aria-label={`Save reminders for ${props.name}`}
      >
        {save.isPending ? "Saving…" : "Save"}
      </Button>
      <span aria-live="polite" className="text-muted-foreground">
        {save.isSuccess && !changed ? "Saved." : ""}
      </span>
      {save.error ? (
        <span role="alert" className="text-destructive">
          {describeError(save.error).message}
        </span>
      ) : null}
    </form>
  );
}
