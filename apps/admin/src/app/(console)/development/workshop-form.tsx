"use client";

import Link from "next/link";
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
import { Alert, Button, buttonVariants, Card, FieldError, Input, Label } from "@tend/ui";
import { CheckboxGroup } from "@tend/ui/checkbox-group";
import { RadioGroup } from "@tend/ui/radio-group";

import { changeWorkshopAction, publishWorkshopAction } from "~/actions/development";

export interface WorkshopValues {
  id?: string;
  title: string;
  provider: string;
  description: string;
  startsOn: string | null;
  minutes: number | null;
  format: CeFormat;
  categories: CeCategory[];
  link: string;
}

const EMPTY: WorkshopValues = {
  title: "",
  provider: "",
  description: "",
  startsOn: null,
  minutes: null,
  format: "in-person",
  categories: [],
  link: "",
};

/** Publishes a workshop in the catalog, or changes one when `initial` has an id. */
export function WorkshopForm({ initial = EMPTY }: { initial?: WorkshopValues }) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [selfPaced, setSelfPaced] = useState(initial.id !== undefined && !initial.startsOn);
  const [day, setDay] = useState(initial.startsOn ?? "");
  const [hours, setHours] = useState(initial.minutes === null ? "" : String(initial.minutes / 60));
  const done = () => {
    router.push("/development");
    router.refresh();
  };
  const publish = useAction(publishWorkshopAction, { onSuccess: done });
  const change = useAction(changeWorkshopAction, { onSuccess: done });
  const saving = initial.id ? change : publish;
  const errors = saving.error?.fieldErrors ?? {};
  const set = <K extends keyof WorkshopValues>(key: K, value: WorkshopValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const field = (key: string, hint?: string) => {
    const ids = [errors[key] ? `${key}-error` : "", hint ?? ""].filter(Boolean).join(" ");
    return {
      "aria-invalid": errors[key] ? true : undefined,
      "aria-describedby": ids || undefined,
    };
  };

  const submit = () => {
    const fields = {
      title: values.title,
      provider: values.provider,
      description: values.description,
      // An empty day is sent as it is, for the server to say what it needs.
      startsOn: selfPaced ? null : day,
      // Not a number is sent as 0, for the server to say what it needs.
      minutes: minutesFromHours(hours) ?? 0,
      format: values.format,
      categories: values.categories,
      link: values.link.trim(),
    };
    if (initial.id) change.mutate({ ...fields, workshopId: initial.id });
    else publish.mutate(fields);
  };

  return (
    <Card>
      <form
        className="space-y-5"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!saving.isPending) submit();
        }}
      >
        {saving.error && Object.keys(errors).length === 0 ? (
          <Alert tone="error">{saving.error.message}</Alert>
        ) : null}
        <div className="space-y-1">
          <Label htmlFor="title">Title</Label>
          <Input
            id="title"
            value={values.title}
            maxLength={200}
            onChange={(e) => set("title", e.target.value)}
            {...field("title")}
          />
          <FieldError id="title-error" messages={errors.title} />
        </div>
        <div className="space-y-1">
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
          <Label htmlFor="description">What it covers (optional)</Label>
          <textarea
            id="description"
            value={values.description}
            rows={4}
            maxLength={2000}
            onChange={(e) => set("description", e.target.value)}
            className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none aria-[invalid=true]:border-destructive"
            {...field("description")}
          />
          <FieldError id="description-error" messages={errors.description} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <Label htmlFor="startsOn">Day it takes place</Label>
            <Input
              id="startsOn"
              type="date"
              value={selfPaced ? "" : day}
              disabled={selfPaced}
              onChange={(e) => setDay(e.target.value)}
              {...field("startsOn")}
            />
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4"
                checked={selfPaced}
                onChange={(e) => setSelfPaced(e.target.checked)}
              />
              Self-paced: taken at any time
            </label>
            <FieldError id="startsOn-error" messages={errors.startsOn} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="minutes">CE hours</Label>
            <Input
              id="minutes"
              type="number"
              inputMode="decimal"
              min={0.25}
              step={0.25}
              value={hours}
              onChange={(e) => setHours(e.target.value)}
              {...field("minutes", "minutes-hint")}
            />
            <p id="minutes-hint" className="text-sm text-muted-foreground">
              In quarters: 1.5 for an hour and a half.
            </p>
            <FieldError id="minutes-error" messages={errors.minutes} />
          </div>
        </div>
        <RadioGroup
          legend="How it is taken"
          name="format"
          inline
          options={CE_FORMATS.map((f) => ({ value: f, label: CE_FORMAT_LABELS[f] }))}
          value={values.format}
          onChange={(format) => set("format", format)}
        />
        <CheckboxGroup
          legend="Subjects it covers"
          description="Clinicians' CE entries from it count toward these subjects' minimums."
          inline
          options={CE_CATEGORIES.map((c) => ({ value: c, label: CE_CATEGORY_LABELS[c] }))}
          value={values.categories}
          onChange={(categories) => set("categories", categories)}
          error={errors.categories?.[0]}
        />
        <div className="space-y-1">
          <Label htmlFor="link">Link for details or sign-up (optional)</Label>
          <Input
            id="link"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={values.link}
            maxLength={500}
            onChange={(e) => set("link", e.target.value)}
            {...field("link")}
          />
          <FieldError id="link-error" messages={errors.link} />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" aria-disabled={saving.isPending}>
            {saving.isPending ? "Saving…" : initial.id ? "Save changes" : "Publish"}
          </Button>
          <Link href="/development" className={buttonVariants({ variant: "ghost" })}>
            Cancel
          </Link>
        </div>
      </form>
    </Card>
  );
}
