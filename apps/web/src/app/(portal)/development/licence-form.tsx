"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { LicenceType } from "@tend/development";
import { LICENCE_TYPE_LABELS, LICENCE_TYPES, minutesFromHours } from "@tend/development";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Card, FieldError, Input, Label, Select } from "@tend/ui";

import { addLicenceAction, changeLicenceAction, removeLicenceAction } from "~/actions/development";
import { hoursText } from "~/lib/development";
import { FormFooter } from "./form-footer";

export interface LicenceFormValues {
  id?: string;
  type: LicenceType;
  typeName: string;
  jurisdiction: string;
  number: string;
  status: "active" | "pursuing";
  issuedOn: string | null;
  cycleStart: string | null;
  cycleEnd: string | null;
  templateId: string | null;
  supervisedMinutesRequired: number | null;
}

export interface TemplateChoice {
  id: string;
  name: string;
  licenceType: LicenceType;
  totalMinutes: number;
  cycleMonths: number;
  example: boolean;
  /** Kept for the licence that follows it; offered for no other. */
  archived: boolean;
}

const EMPTY: LicenceFormValues = {
  type: "LPC",
  typeName: "",
  jurisdiction: "",
  number: "",
  status: "active",
  issuedOn: null,
  cycleStart: null,
  cycleEnd: null,
  templateId: null,
  supervisedMinutesRequired: null,
};

/** Adds a licence, or changes (and removes) one when `initial` has an id. */
export function LicenceForm({
  initial = EMPTY,
  templates,
}: {
  initial?: LicenceFormValues;
  templates: TemplateChoice[];
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [hours, setHours] = useState(
    initial.supervisedMinutesRequired ? String(initial.supervisedMinutesRequired / 60) : "",
  );
  const done = () => {
    router.push("/development");
    router.refresh();
  };
  const add = useAction(addLicenceAction, { onSuccess: done });
  const change = useAction(changeLicenceAction, { onSuccess: done });
  const remove = useAction(removeLicenceAction, { onSuccess: done });
  const saving = initial.id ? change : add;
  const errors = saving.error?.fieldErrors ?? {};
  const set = <K extends keyof LicenceFormValues>(key: K, value: LicenceFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const field = (key: string) => ({
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${key}-error` : undefined,
  });
  const fitting = templates.filter(
    (t) =>
      (values.type === "other" || t.licenceType === values.type) &&
      (!t.archived || t.id === initial.templateId),
  );

  const submit = () => {
    const fields = {
      type: values.type,
      typeName: values.typeName,
      jurisdiction: values.jurisdiction,
      number: values.number,
      status: values.status,
      // What the form hides for a licence worked toward is not sent (nor kept) for it.
      issuedOn: values.status === "active" ? values.issuedOn : null,
      cycleStart: values.status === "active" ? values.cycleStart : null,
      cycleEnd: values.status === "active" ? values.cycleEnd : null,
      templateId: values.templateId,
      supervisedMinutesRequired: values.status === "pursuing" ? minutesFromHours(hours) : null,
    };
    if (initial.id) change.mutate({ ...fields, licenceId: initial.id });
    else add.mutate(fields);
  };

  const templateField = (
    <div className="space-y-1">
      <Label htmlFor="templateId">Renewal requirements</Label>
      <Select
        id="templateId"
        value={values.templateId ?? ""}
        onChange={(e) => set("templateId", e.target.value || null)}
        aria-describedby={
          errors.templateId ? "templateId-error templateId-hint" : "templateId-hint"
        }
        aria-invalid={errors.templateId ? true : undefined}
      >
        <option value="">Not chosen yet</option>
        {fitting.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name} ({hoursText(t.totalMinutes)} every {t.cycleMonths} months)
            {t.archived ? " — no longer offered" : ""}
          </option>
        ))}
      </Select>
      <p id="templateId-hint" className="text-sm text-muted-foreground">
        {values.status === "pursuing"
          ? "The rules you will renew it by, once you hold it: your timeline then shows its first renewal cycles. "
          : ""}
        Your organisation keeps these. Examples are not legal advice: check them against your
        board&apos;s rules, and ask an administrator to correct them.
      </p>
      <FieldError id="templateId-error" messages={errors.templateId} />
    </div>
  );

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
        <fieldset className="space-y-2">
          <legend className="ui-label">This licence</legend>
          {(
            [
              ["active", "I hold it", "Follow the CE each renewal cycle needs."],
              [
                "pursuing",
                "I am working toward it",
                "Follow your approved supervised hours toward it.",
              ],
            ] as const
          ).map(([status, label, help]) => (
            <label key={status} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="status"
                className="mt-1 size-4"
                checked={values.status === status}
                onChange={() => set("status", status)}
              />
              <span>
                <span className="font-medium">{label}</span>
                <span className="block text-muted-foreground">{help}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <Label htmlFor="type">Kind of licence</Label>
            <Select
              id="type"
              value={values.type}
              onChange={(e) => {
                const type = LICENCE_TYPES.find((t) => t === e.target.value);
                if (type) setValues((v) => ({ ...v, type, templateId: null }));
              }}
              {...field("type")}
            >
              {LICENCE_TYPES.map((t) => (
                <option key={t} value={t}>
                  {LICENCE_TYPE_LABELS[t]}
                </option>
              ))}
            </Select>
            <FieldError id="type-error" messages={errors.type} />
          </div>
          {values.type === "other" ? (
            <div className="space-y-1">
              <Label htmlFor="typeName">Its name</Label>
              <Input
                id="typeName"
                value={values.typeName}
                maxLength={80}
                onChange={(e) => set("typeName", e.target.value)}
                {...field("typeName")}
              />
              <FieldError id="typeName-error" messages={errors.typeName} />
            </div>
          ) : null}
          <div className="space-y-1">
            <Label htmlFor="jurisdiction">Issued by (state, province or country)</Label>
            <Input
              id="jurisdiction"
              value={values.jurisdiction}
              maxLength={80}
              onChange={(e) => set("jurisdiction", e.target.value)}
              {...field("jurisdiction")}
            />
            <FieldError id="jurisdiction-error" messages={errors.jurisdiction} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="number">Licence number (optional)</Label>
            <Input
              id="number"
              value={values.number}
              maxLength={40}
              onChange={(e) => set("number", e.target.value)}
              {...field("number")}
            />
            <FieldError id="number-error" messages={errors.number} />
          </div>
          {values.status === "active" ? (
            <div className="space-y-1">
              <Label htmlFor="issuedOn">Issued on (optional)</Label>
              <Input
                id="issuedOn"
                type="date"
                value={values.issuedOn ?? ""}
                onChange={(e) => set("issuedOn", e.target.value || null)}
                {...field("issuedOn")}
              />
              <FieldError id="issuedOn-error" messages={errors.issuedOn} />
            </div>
          ) : null}
        </div>

        {values.status === "active" ? (
          <fieldset className="space-y-3">
            <legend className="ui-label">Current renewal cycle</legend>
            <div className="grid gap-4 sm:grid-cols-2">
              <div className="space-y-1">
                <Label htmlFor="cycleStart">First day</Label>
                <Input
                  id="cycleStart"
                  type="date"
                  value={values.cycleStart ?? ""}
                  onChange={(e) => set("cycleStart", e.target.value || null)}
                  {...field("cycleStart")}
                />
                <FieldError id="cycleStart-error" messages={errors.cycleStart} />
              </div>
              <div className="space-y-1">
                <Label htmlFor="cycleEnd">Last day (when it must be renewed)</Label>
                <Input
                  id="cycleEnd"
                  type="date"
                  value={values.cycleEnd ?? ""}
                  onChange={(e) => set("cycleEnd", e.target.value || null)}
                  {...field("cycleEnd")}
                />
                <FieldError id="cycleEnd-error" messages={errors.cycleEnd} />
              </div>
            </div>
            {templateField}
          </fieldset>
        ) : (
          <div className="space-y-1">
            <Label htmlFor="supervisedHours">Supervised hours the licence requires</Label>
            <Input
              id="supervisedHours"
              type="number"
              inputMode="decimal"
              min={1}
              step={1}
              value={hours}
              onChange={(e) => setHours(e.target.value)}
              className="w-40"
              aria-invalid={errors.supervisedMinutesRequired ? true : undefined}
              aria-describedby={
                errors.supervisedMinutesRequired ? "supervisedMinutesRequired-error" : undefined
              }
            />
            <FieldError
              id="supervisedMinutesRequired-error"
              messages={errors.supervisedMinutesRequired}
            />
          </div>
        )}
        {values.status === "pursuing" ? templateField : null}

        <FormFooter
          saving={saving.isPending}
          submitLabel={initial.id ? "Save changes" : "Add licence"}
          remove={
            initial.id
              ? {
                  label: "Remove licence",
                  title: "Remove this licence?",
                  description:
                    "Its progress is no longer followed. Your CE entries stay in your log; they just stop counting toward it.",
                  pending: remove.isPending,
                  error: remove.error ? remove.error.message : null,
                  onConfirm: () => {
                    if (initial.id) remove.mutate({ licenceId: initial.id });
                  },
                }
              : undefined
          }
        />
      </form>
    </Card>
  );
}
