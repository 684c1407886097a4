"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import type { CeCategory, CeFormat, LicenceType } from "@tend/development";
import {
  CE_CATEGORIES,
  CE_CATEGORY_LABELS,
  CE_FORMAT_LABELS,
  CE_FORMATS,
  LICENCE_TYPE_LABELS,
  LICENCE_TYPES,
  minutesFromHours,
} from "@tend/development";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, buttonVariants, Card, FieldError, Input, Label, Select } from "@tend/ui";

import { addTemplateAction, changeTemplateAction } from "~/actions/development";

export interface TemplateValues {
  id?: string;
  name: string;
  licenceType: LicenceType;
  jurisdiction: string;
  cycleMonths: number;
  totalMinutes: number;
  categories: readonly { category: CeCategory; minMinutes: number }[];
  caps: readonly { formats: readonly CeFormat[]; maxMinutes: number }[];
  carryOverMaxMinutes: number;
}

const EMPTY: TemplateValues = {
  name: "",
  licenceType: "LPC",
  jurisdiction: "",
  cycleMonths: 24,
  totalMinutes: 0,
  categories: [],
  caps: [],
  carryOverMaxMinutes: 0,
};

/** Hours as typed, from minutes: "" for none. */
const typed = (minutes: number | undefined) =>
  minutes === undefined || minutes === 0 ? "" : String(minutes / 60);
/** Minutes from hours as typed: 0 when empty, NaN (for the server to refuse) when not a number. */
const minutesOf = (hours: string) =>
  hours.trim() === "" ? 0 : (minutesFromHours(hours) ?? Number.NaN);

interface Limit {
  key: number;
  formats: CeFormat[];
  hours: string;
}

/** Writes a requirement template, or changes one when `initial` has an id. */
export function TemplateForm({
  initial = EMPTY,
  example = false,
}: {
  initial?: TemplateValues;
  example?: boolean;
}) {
  const router = useRouter();
  const [name, setName] = useState(initial.name);
  const [licenceType, setLicenceType] = useState(initial.licenceType);
  const [jurisdiction, setJurisdiction] = useState(initial.jurisdiction);
  const [months, setMonths] = useState(String(initial.cycleMonths));
  const [total, setTotal] = useState(typed(initial.totalMinutes));
  const [subjects, setSubjects] = useState<Record<string, string>>(
    Object.fromEntries(initial.categories.map((c) => [c.category, typed(c.minMinutes)])),
  );
  const [limits, setLimits] = useState<Limit[]>(
    initial.caps.map((c, key) => ({
      key,
      formats: [...c.formats],
      hours: String(c.maxMinutes / 60),
    })),
  );
  const [carry, setCarry] = useState(typed(initial.carryOverMaxMinutes));
  const done = () => {
    router.push("/development");
    router.refresh();
  };
  const add = useAction(addTemplateAction, { onSuccess: done });
  const change = useAction(changeTemplateAction, { onSuccess: done });
  const saving = initial.id ? change : add;
  const errors = saving.error?.fieldErrors ?? {};
  const field = (key: string) => ({
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${key}-error` : undefined,
  });
  const nextKey = Math.max(-1, ...limits.map((l) => l.key)) + 1;

  const submit = () => {
    const fields = {
      name,
      licenceType,
      jurisdiction,
      cycleMonths: Number(months),
      totalMinutes: minutesOf(total),
      categories: CE_CATEGORIES.flatMap((category) => {
        const hours = subjects[category] ?? "";
        return hours.trim() === "" ? [] : [{ category, minMinutes: minutesOf(hours) }];
      }),
      // An empty limit is sent as no number, for the server to ask for one: never as 0.
      caps: limits.map((l) => ({
        formats: l.formats,
        maxMinutes: l.hours.trim() === "" ? Number.NaN : minutesOf(l.hours),
      })),
      carryOverMaxMinutes: minutesOf(carry),
    };
    if (initial.id) change.mutate({ ...fields, templateId: initial.id });
    else add.mutate(fields);
  };
  // Errors about a subject or a limit come back by position: said once, above the group.
  const listError = (key: "categories" | "caps") =>
    Object.entries(errors)
      .filter(([path]) => path === key || path.startsWith(`${key}.`))
      .flatMap(([, messages]) => messages)[0];

  return (
    <Card>
      <form
        className="space-y-6"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!saving.isPending) submit();
        }}
      >
        {example ? (
          <Alert tone="info">
            This is one of Tend&apos;s examples, not any board&apos;s rules. Compare it with your
            board&apos;s and save it: it is then marked as checked.
          </Alert>
        ) : null}
        {saving.error && Object.keys(errors).length === 0 ? (
          <Alert tone="error">{saving.error.message}</Alert>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1 sm:col-span-2">
            <Label htmlFor="name">Name</Label>
            <Input
              id="name"
              value={name}
              maxLength={120}
              onChange={(e) => setName(e.target.value)}
              {...field("name")}
            />
            <FieldError id="name-error" messages={errors.name} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="licenceType">Licence</Label>
            <Select
              id="licenceType"
              value={licenceType}
              onChange={(e) => {
                const chosen = LICENCE_TYPES.find((t) => t === e.target.value);
                if (chosen) setLicenceType(chosen);
              }}
              {...field("licenceType")}
            >
              {LICENCE_TYPES.map((t) => (
                <option key={t} value={t}>
                  {LICENCE_TYPE_LABELS[t]}
                </option>
              ))}
            </Select>
            <FieldError id="licenceType-error" messages={errors.licenceType} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="jurisdiction">Jurisdiction</Label>
            <Input
              id="jurisdiction"
              value={jurisdiction}
              maxLength={80}
              onChange={(e) => setJurisdiction(e.target.value)}
              {...field("jurisdiction")}
            />
            <FieldError id="jurisdiction-error" messages={errors.jurisdiction} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="cycleMonths">Renewal cycle, in months</Label>
            <Input
              id="cycleMonths"
              type="number"
              inputMode="numeric"
              min={1}
              max={120}
              value={months}
              onChange={(e) => setMonths(e.target.value)}
              {...field("cycleMonths")}
            />
            <FieldError id="cycleMonths-error" messages={errors.cycleMonths} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="totalMinutes">CE hours a cycle needs</Label>
            <Input
              id="totalMinutes"
              type="number"
              inputMode="decimal"
              min={0.25}
              step={0.25}
              value={total}
              onChange={(e) => setTotal(e.target.value)}
              {...field("totalMinutes")}
            />
            <FieldError id="totalMinutes-error" messages={errors.totalMinutes} />
          </div>
        </div>

        <fieldset className="space-y-3">
          <legend className="ui-label">Minimum hours per subject</legend>
          <p className="text-sm text-muted-foreground">
            Leave a subject empty when the board sets no minimum for it. Hours in a subject count
            toward the total too.
          </p>
          {listError("categories") ? (
            <p className="text-sm text-destructive" role="alert">
              {listError("categories")}
            </p>
          ) : null}
          <div className="grid gap-3 sm:grid-cols-2">
            {CE_CATEGORIES.map((c) => (
              <div key={c} className="flex items-center justify-between gap-3">
                <Label htmlFor={`subject-${c}`} className="text-sm font-normal">
                  {CE_CATEGORY_LABELS[c]}
                </Label>
                <Input
                  id={`subject-${c}`}
                  type="number"
                  inputMode="decimal"
                  min={0.25}
                  step={0.25}
                  className="w-28"
                  value={subjects[c] ?? ""}
                  onChange={(e) => setSubjects((s) => ({ ...s, [c]: e.target.value }))}
                />
              </div>
            ))}
          </div>
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="ui-label">Limits on formats</legend>
          <p className="text-sm text-muted-foreground">
            For example, at most 12 of the hours may be self-study. Hours past a limit are logged
            but do not count, the earliest counting first.
          </p>
          {listError("caps") ? (
            <p className="text-sm text-destructive" role="alert">
              {listError("caps")}
            </p>
          ) : null}
          {limits.map((limit, index) => (
            <div
              key={limit.key}
              role="group"
              aria-label={`Limit ${index + 1}`}
              className="flex flex-wrap items-end gap-x-5 gap-y-2 rounded-md border border-border p-3"
            >
              <div className="flex flex-wrap gap-x-4 gap-y-2">
                {CE_FORMATS.map((f) => (
                  <label key={f} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="size-4"
                      checked={limit.formats.includes(f)}
                      onChange={(e) =>
                        setLimits((all) =>
                          all.map((l) =>
                            l.key === limit.key
                              ? {
                                  ...l,
                                  formats: e.target.checked
                                    ? [...l.formats, f]
                                    : l.formats.filter((x) => x !== f),
                                }
                              : l,
                          ),
                        )
                      }
                    />
                    {CE_FORMAT_LABELS[f]}
                  </label>
                ))}
              </div>
              <div className="space-y-1">
                <Label htmlFor={`limit-${limit.key}`} className="text-sm">
                  At most, in hours
                </Label>
                <Input
                  id={`limit-${limit.key}`}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step={0.25}
                  className="w-28"
                  value={limit.hours}
                  onChange={(e) =>
                    setLimits((all) =>
                      all.map((l) => (l.key === limit.key ? { ...l, hours: e.target.value } : l)),
                    )
                  }
                />
              </div>
              <Button
                type="button"
                size="sm"
                variant="ghost"
                onClick={() => setLimits((all) => all.filter((l) => l.key !== limit.key))}
              >
                Remove<span className="sr-only"> limit {index + 1}</span>
              </Button>
            </div>
          ))}
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={() =>
              setLimits((all) => [...all, { key: nextKey, formats: ["self-study"], hours: "" }])
            }
          >
            Add a limit
          </Button>
        </fieldset>

        <div className="max-w-xs space-y-1">
          <Label htmlFor="carryOverMaxMinutes">Hours that may carry over to the next cycle</Label>
          <Input
            id="carryOverMaxMinutes"
            type="number"
            inputMode="decimal"
            min={0}
            step={0.25}
            placeholder="None"
            value={carry}
            onChange={(e) => setCarry(e.target.value)}
            {...field("carryOverMaxMinutes")}
          />
          <FieldError id="carryOverMaxMinutes-error" messages={errors.carryOverMaxMinutes} />
        </div>

        <div className="flex flex-wrap gap-2">
          <Button type="submit" aria-disabled={saving.isPending}>
            {saving.isPending ? "Saving…" : initial.id ? "Save changes" : "Add template"}
          </Button>
          <Link href="/development" className={buttonVariants({ variant: "ghost" })}>
            Cancel
          </Link>
        </div>
      </form>
    </Card>
  );
}
