"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { RouterInputs, RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Badge, Button, Card, CardDescription, Input, Select } from "@tend/ui";

import { saveSessionTypeAction } from "~/actions/supervision";

type SessionType = RouterOutputs["availability"]["mine"][number]["types"][number];
type Values = RouterInputs["availability"]["saveSessionType"];

const NUMBER_FIELDS = [
  ["durationMinutes", "Length (minutes)"],
  ["bufferBeforeMinutes", "Free before (minutes)"],
  ["bufferAfterMinutes", "Free after (minutes)"],
  ["minimumNoticeMinutes", "Notice needed (minutes)"],
  ["cancellationWindowMinutes", "Cancel or move up to (minutes before)"],
  ["seatLimit", "Seats"],
] as const;

function TypeForm({ initial, onDone }: { initial: Values; onDone: () => void }) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const save = useAction(saveSessionTypeAction, {
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  return (
    <form
      className="grid gap-3 rounded-md bg-muted/50 p-4 sm:grid-cols-3"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(values);
      }}
    >
      <label className="space-y-1 text-sm sm:col-span-2">
        <span className="block font-medium">Name</span>
        <Input
          value={values.name}
          maxLength={80}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
        />
      </label>
      <label className="space-y-1 text-sm">
        <span className="block font-medium">Kind</span>
        <Select
          value={values.kind}
          onChange={(e) => {
            const kind = e.target.value === "group" ? "group" : "individual";
            setValues({
              ...values,
              kind,
              seatLimit: kind === "individual" ? 1 : Math.max(values.seatLimit, 6),
            });
          }}
        >
          <option value="individual">Individual supervision</option>
          <option value="group">Group case discussion</option>
        </Select>
      </label>
      {NUMBER_FIELDS.filter(([key]) => key !== "seatLimit" || values.kind === "group").map(
        ([key, label]) => (
          <label key={key} className="space-y-1 text-sm">
            <span className="block font-medium">{label}</span>
            <Input
              type="number"
              min={key === "seatLimit" ? 2 : 0}
              value={values[key]}
              onChange={(e) => setValues({ ...values, [key]: e.target.valueAsNumber })}
            />
          </label>
        ),
      )}
      <label className="space-y-1 text-sm">
        <span className="block font-medium">At most a day (blank: no limit)</span>
        <Input
          type="number"
          min={1}
          value={values.maxPerDay ?? ""}
          onChange={(e) =>
            setValues({
              ...values,
              maxPerDay: e.target.value === "" ? null : e.target.valueAsNumber,
            })
          }
        />
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={values.active}
          onChange={(e) => setValues({ ...values, active: e.target.checked })}
        />
        Offered for booking
      </label>
      {save.error ? (
        <Alert tone="error" className="sm:col-span-3">
          {save.error.message}
        </Alert>
      ) : null}
      <div className="flex gap-2 sm:col-span-3">
        <Button type="submit" size="sm" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save"}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** What can be booked on a schedule: individual supervision and group case discussions. */
export function SessionTypes({ scheduleId, types }: { scheduleId: string; types: SessionType[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const blank: Values = {
    scheduleId,
    kind: "individual",
    name: "Individual supervision",
    durationMinutes: 50,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    minimumNoticeMinutes: 12 * 60,
    maxPerDay: 5,
    seatLimit: 1,
    cancellationWindowMinutes: 24 * 60,
    active: true,
  };
  return (
    <Card className="space-y-3" aria-labelledby={`types-${scheduleId}`}>
      <h2 id={`types-${scheduleId}`} className="text-lg font-semibold tracking-tight">
        What can be booked
      </h2>
      <CardDescription>
        Lengths, breaks between sessions, notice and how late people may cancel.
      </CardDescription>
      <ul className="space-y-2">
        {types.map((t) => (
          <li key={t.id} className="rounded-md border border-border px-4 py-3">
            {editing === t.id ? (
              <TypeForm
                initial={{
                  sessionTypeId: t.id,
                  scheduleId,
                  kind: t.kind,
                  name: t.name,
                  durationMinutes: t.durationMinutes,
                  bufferBeforeMinutes: t.bufferBeforeMinutes,
                  bufferAfterMinutes: t.bufferAfterMinutes,
                  minimumNoticeMinutes: t.minimumNoticeMinutes,
                  maxPerDay: t.maxPerDay,
                  seatLimit: t.seatLimit,
                  cancellationWindowMinutes: t.cancellationWindowMinutes,
                  active: t.active,
                }}
                onDone={() => setEditing(null)}
              />
            ) : (
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-medium">{t.name}</span>{" "}
                  {t.active ? null : <Badge>Not offered</Badge>}
                  <span className="block text-sm text-muted-foreground">
                    {t.durationMinutes} min · {t.bufferAfterMinutes} min free after ·{" "}
                    {t.kind === "group" ? `${t.seatLimit} seats · ` : ""}
                    {t.maxPerDay ? `at most ${t.maxPerDay} a day · ` : ""}
                    cancel up to {Math.round(t.cancellationWindowMinutes / 60)} h before
                  </span>
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setEditing(t.id)}
                  aria-label={`Edit ${t.name}`}
                >
                  Edit
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing === "new" ? (
        <TypeForm initial={blank} onDone={() => setEditing(null)} />
      ) : (
        <Button size="sm" variant="outline" onClick={() => setEditing("new")}>
          Add a kind of session
        </Button>
      )}
    </Card>
  );
}
