"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { GroupFormat, GroupVisibility } from "@tend/groups";
import { GROUP_FORMATS, GROUP_VISIBILITIES } from "@tend/groups";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, FieldError, Input, Label, Select } from "@tend/ui";

import { createGroupAction } from "~/actions/groups";
import {
  FORMAT_DESCRIPTIONS,
  FORMAT_LABELS,
  VISIBILITY_DESCRIPTIONS,
  VISIBILITY_LABELS,
} from "~/lib/groups";

const textareaClass =
  "w-full rounded-md border border-input bg-background px-3 py-2 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none aria-[invalid=true]:border-destructive";

export function CreateGroupForm({
  defaultAgreement,
  defaultLimit,
}: {
  defaultAgreement: string;
  defaultLimit: number;
}) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [purpose, setPurpose] = useState("");
  const [format, setFormat] = useState<GroupFormat>("peer-support");
  const [visibility, setVisibility] = useState<GroupVisibility>("open");
  const [limit, setLimit] = useState(String(defaultLimit));
  const [agreement, setAgreement] = useState(defaultAgreement);
  const create = useAction(createGroupAction, {
    onSuccess: ({ id }) => router.push(`/groups/${id}`),
  });
  const errors = create.error?.fieldErrors ?? {};
  const field = (key: string) => ({
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${key}-error` : undefined,
  });

  return (
    <Card>
      <form
        className="space-y-5"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({
            name,
            purpose,
            format,
            visibility,
            memberLimit: Number(limit),
            agreement,
          });
        }}
      >
        {create.error && Object.keys(errors).length === 0 ? (
          <Alert tone="error">{create.error.message}</Alert>
        ) : null}
        <div className="space-y-1">
          <Label htmlFor="name">Name</Label>
          <Input
            id="name"
            value={name}
            maxLength={80}
            required
            onChange={(e) => setName(e.target.value)}
            {...field("name")}
          />
          <FieldError id="name-error" messages={errors.name} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="purpose">Purpose (optional)</Label>
          <textarea
            id="purpose"
            rows={3}
            maxLength={600}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
            className={textareaClass}
            {...field("purpose")}
          />
          <FieldError id="purpose-error" messages={errors.purpose} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="format">Format</Label>
          <Select
            id="format"
            value={format}
            onChange={(e) => {
              const chosen = GROUP_FORMATS.find((f) => f === e.target.value);
              if (chosen) setFormat(chosen);
            }}
            aria-describedby="format-hint"
          >
            {GROUP_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </Select>
          <p id="format-hint" className="text-sm text-muted-foreground">
            {FORMAT_DESCRIPTIONS[format]}
          </p>
        </div>
        <fieldset className="space-y-2">
          <legend className="ui-label">Who can join</legend>
          {GROUP_VISIBILITIES.map((v) => (
            <label key={v} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="visibility"
                className="mt-1 size-4"
                checked={visibility === v}
                onChange={() => setVisibility(v)}
              />
              <span>
                <span className="font-medium">{VISIBILITY_LABELS[v]}</span>
                <span className="block text-muted-foreground">{VISIBILITY_DESCRIPTIONS[v]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="space-y-1">
          <Label htmlFor="memberLimit">Places, you included</Label>
          <Input
            id="memberLimit"
            type="number"
            inputMode="numeric"
            min={2}
            max={50}
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
            className="w-28"
            {...field("memberLimit")}
          />
          <FieldError id="memberLimit-error" messages={errors.memberLimit} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="agreement">Agreement every member accepts</Label>
          <textarea
            id="agreement"
            rows={10}
            maxLength={4000}
            value={agreement}
            onChange={(e) => setAgreement(e.target.value)}
            className={textareaClass}
            {...field("agreement")}
          />
          <FieldError id="agreement-error" messages={errors.agreement} />
        </div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Starting the group…" : "Start the group"}
        </Button>
      </form>
    </Card>
  );
}
