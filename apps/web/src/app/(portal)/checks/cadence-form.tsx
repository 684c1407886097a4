"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";

import type { RouterInputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Button, Select } from "@tend/ui";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@tend/ui/form";

import { updateCadenceAction } from "~/actions/self-check";

const CHOICES = [
  { days: 7, label: "Every week" },
  { days: 14, label: "Every two weeks" },
  { days: 30, label: "Every 30 days" },
  { days: 60, label: "Every two months" },
  { days: 90, label: "Every three months" },
];

type Values = RouterInputs["selfCheck"]["updateCadence"];

/** How often reminders come for one check, and a pause switch. */
export function CadenceForm(props: {
  instrumentId: RouterInputs["selfCheck"]["updateCadence"]["instrumentId"];
  name: string;
  everyDays: number;
  paused: boolean;
}) {
  const router = useRouter();
  const form = useForm<Values>({
    defaultValues: {
      instrumentId: props.instrumentId,
      everyDays: props.everyDays,
      paused: props.paused,
    },
  });
  const save = useAction(updateCadenceAction, {
    onSuccess: (_data, values) => {
      form.reset(values);
      router.refresh();
    },
  });
  const paused = useWatch({ control: form.control, name: "paused" });
  const changed = form.formState.isDirty;
  const choices = CHOICES.some((c) => c.days === props.everyDays)
    ? CHOICES
    : [...CHOICES, { days: props.everyDays, label: `Every ${props.everyDays} days` }];

  return (
    <Form {...form}>
      <form
        className="flex flex-wrap items-center gap-3 border-t border-border pt-3 text-sm"
        onSubmit={form.handleSubmit((values) => save.mutate(values))}
      >
        <FormField
          control={form.control}
          name="everyDays"
          render={({ field }) => (
            <FormItem className="flex flex-wrap items-center gap-3 space-y-0">
              {/* Each check has these controls: their names say which check they are for. */}
              <FormLabel className="font-normal text-muted-foreground">
                Reminders<span className="sr-only"> for {props.name}</span>
              </FormLabel>
              <FormControl>
                <Select
                  {...field}
                  value={field.value}
                  onChange={(e) => field.onChange(Number(e.target.value))}
                  className="h-9 w-auto"
                  disabled={paused}
                >
                  {choices.map((c) => (
                    <option key={c.days} value={c.days}>
                      {c.label}
                    </option>
                  ))}
                </Select>
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="paused"
          render={({ field: { value, onChange, ...field } }) => (
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                {...field}
                checked={value}
                onChange={(e) => onChange(e.target.checked)}
              />
              Off<span className="sr-only">: no reminders for {props.name}</span>
            </label>
          )}
        />
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
            {save.error.message}
          </span>
        ) : null}
      </form>
    </Form>
  );
}
