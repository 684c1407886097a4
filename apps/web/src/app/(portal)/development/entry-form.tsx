"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { CeCategory, CeFormat } from "@tend/development";
import {
  CE_CATEGORIES,
  CE_CATEGORY_LABELS,
  CE_FORMAT_LABELS,
  CE_FORMATS,
  minutesFromHours,
} from "@tend/development";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Card, FieldError, Input, Label } from "@tend/ui";
import { CheckboxGroup } from "@tend/ui/checkbox-group";
import { RadioGroup } from "@tend/ui/radio-group";

import { addEntryAction, changeEntryAction, removeEntryAction } from "~/actions/development";
import { FormFooter } from "./form-footer";

export interface EntryFormValues {
  id?: string;
  title: string;
  provider: string;
  date: string;
  minutes: number | null;
  format: CeFormat;
  categories: CeCategory[];
  licenceIds: string[];
}

/** Logs a CE entry, or changes (and removes) one when `initial` has an id. */
export function EntryForm({
  initial,
  licences,
  today,
}: {
  initial?: EntryFormValues;
  licences: { id: string; name: string }[];
  today: string;
}) {
  const router = useRouter();
  const start: EntryFormValues = initial ?? {
    title: "",
    provider: "",
    date: today,
    minutes: null,
    format: "in-person",
    categories: [],
    // A new entry counts toward every licence unless unticked: most CE counts for all of them.
    licenceIds: licences.map((l) => l.id),
  };
  const [values, setValues] = useState(start);
  const [hours, setHours] = useState(start.minutes === null ? "" : String(start.minutes / 60));
  const done = () => {
    router.push("/development");
    router.refresh();
  };
  // A new entry opens on its own page, where its certificate can be added.
  const add = useAction(addEntryAction, {
    onSuccess: ({ id }) => router.push(`/development/log/${id}?logged=1`),
  });
  const change = useAction(changeEntryAction, { onSuccess: done });
  const remove = useAction(removeEntryAction, { onSuccess: done });
  const saving = start.id ? change : add;
  const errors = saving.error?.fieldErrors ?? {};
  const set = <K extends keyof EntryFormValues>(key: K, value: EntryFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const field = (key: string) => ({
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${key}-error` : undefined,
  });

  const submit = () => {
    const fields = {
      title: values.title,
      provider: values.provider,
      date: values.date,
      // Not a number is sent as 0, for the server to say what it needs.
      minutes: minutesFromHours(hours) ?? 0,
      format: values.format,
      categories: values.categories,
      licenceIds: values.licenceIds,
    };
    if (start.id) change.mutate({ ...fields, entryId: start.id });
    else add.mutate(fields);
  };

  return (
    <Card>
      <form
        className="space-y-5"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {saving.error && Object.keys(errors).length === 0 ? (
          <Alert tone="error">{saving.error.message}</Alert>
        ) : null}
        <div className="space-y-1">
          <Label htmlFor="title">Course, workshop or activity</Label>
          <Input
            id="title"
            value={values.title}
            maxLength={200}
            onChange={(e) => set("title", e.target.value)}
            {...field("title")}
          />
          <FieldError id="title-error" messages={errors.title} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <div className="space-y-1 sm:col-span-3">
            <Label htmlFor="provider">Provider (optional)</Label>
            <Input
              id="provider"
              value={values.provider}
              maxLength={120}
              onChange={(e) => set("provider", e.target.value)}
              {...field("provider")}
            />
            <FieldError id="provider-error" messages={errors.provider} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="date">Date</Label>
            <Input
              id="date"
              type="date"
              max={today}
              value={values.date}
              onChange={(e) => set("date", e.target.value)}
              {...field("date")}
            />
            <FieldError id="date-error" messages={errors.date} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="minutes">Hours</Label>
            <Input
              id="minutes"
              type="number"
              inputMode="decimal"
              min={0.25}
              step={0.25}
              value={hours}
              onChange={(e) => setHours(e.target.value)}
              aria-invalid={errors.minutes ? true : undefined}
              aria-describedby={errors.minutes ? "minutes-error minutes-hint" : "minutes-hint"}
            />
            <p id="minutes-hint" className="text-sm text-muted-foreground">
              In quarters: 1.5 for an hour and a half.
            </p>
            <FieldError id="minutes-error" messages={errors.minutes} />
          </div>
        </div>
        <RadioGroup
          legend="How you took it"
          name="format"
          inline
          options={CE_FORMATS.map((f) => ({ value: f, label: CE_FORMAT_LABELS[f] }))}
          value={values.format}
          onChange={(format) => set("format", format)}
        />
        <CheckboxGroup
          legend="Subjects it covers"
          description="Renewal rules ask for hours in some subjects. An entry counts in full toward each one it covers."
          inline
          options={CE_CATEGORIES.map((c) => ({ value: c, label: CE_CATEGORY_LABELS[c] }))}
          value={values.categories}
          onChange={(categories) => set("categories", categories)}
          error={errors.categories?.[0]}
        />
        {licences.length > 0 ? (
          <CheckboxGroup
            legend="Counts toward"
            options={licences.map((l) => ({ value: l.id, label: l.name }))}
            value={values.licenceIds}
            onChange={(licenceIds) => set("licenceIds", licenceIds)}
            error={errors.licenceIds?.[0]}
          />
        ) : (
          <p className="text-sm text-muted-foreground">
            Add your licences to count entries toward them.
          </p>
        )}
        <FormFooter
          saving={saving.isPending}
          submitLabel={start.id ? "Save changes" : "Log it"}
          remove={
            start.id
              ? {
                  label: "Remove entry",
                  title: "Remove this entry?",
                  description: `“${start.title}” leaves your CE log and no longer counts toward any licence.`,
                  pending: remove.isPending,
                  error: remove.error ? remove.error.message : null,
                  onConfirm: () => {
                    if (start.id) remove.mutate({ entryId: start.id });
                  },
                }
              : undefined
          }
        />
      </form>
    </Card>
  );
}
