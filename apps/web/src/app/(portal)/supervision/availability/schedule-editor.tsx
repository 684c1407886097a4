"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, CardDescription, Input, Select } from "@tend/ui";

import { saveScheduleAction } from "~/actions/supervision";

type Schedule = RouterOutputs["availability"]["mine"][number];
interface Window {
  start: string;
  end: string;
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** Shown Monday first; stored 0 = Sunday … 6 = Saturday. */
const weekdayNumber = (i: number) => (i + 1) % 7;

function WindowInputs({
  windows,
  label,
  onChange,
}: {
  windows: Window[];
  label: string;
  onChange: (next: Window[]) => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      {windows.length === 0 ? (
        <span className="text-sm text-muted-foreground">Not available</span>
      ) : null}
      {windows.map((w, i) => (
        <span key={i} className="flex items-center gap-1">
          <Input
            type="time"
            aria-label={`${label}: window ${i + 1} starts`}
            value={w.start}
            onChange={(e) =>
              onChange(windows.map((x, j) => (j === i ? { ...x, start: e.target.value } : x)))
            }
            className="w-28"
          />
          –
          <Input
            type="time"
            aria-label={`${label}: window ${i + 1} ends`}
            value={w.end}
            onChange={(e) =>
              onChange(windows.map((x, j) => (j === i ? { ...x, end: e.target.value } : x)))
            }
            className="w-28"
          />
          <Button
            type="button"
            size="sm"
            variant="ghost"
            aria-label={`Remove ${label} window ${i + 1}`}
            onClick={() => onChange(windows.filter((_, j) => j !== i))}
          >
            ✕
          </Button>
        </span>
      ))}
      <Button
        type="button"
        size="sm"
        variant="outline"
        aria-label={`Add hours on ${label}`}
        onClick={() => onChange([...windows, { start: "09:00", end: "17:00" }])}
      >
        + Hours
      </Button>
    </div>
  );
}

/** One weekly schedule: its time zone, its hours per weekday and its date overrides. */
export function ScheduleEditor({
  zones,
  schedule,
  defaultTimeZone,
}: {
  zones: string[];
  schedule: Schedule | null;
  defaultTimeZone: string;
}) {
  const router = useRouter();
  const [name, setName] = useState(schedule?.name ?? "Weekdays");
  const [timeZone, setTimeZone] = useState(schedule?.timeZone ?? defaultTimeZone);
  const [week, setWeek] = useState<Window[][]>(
    WEEKDAYS.map((_, i) =>
      schedule
        ? schedule.weekly
            .filter((w) => w.weekday === weekdayNumber(i))
            .map(({ start, end }) => ({ start, end }))
        : i < 5
          ? [
              { start: "09:00", end: "12:30" },
              { start: "13:30", end: "17:00" },
            ]
          : [],
    ),
  );
  const [overrides, setOverrides] = useState<{ date: string; windows: Window[] }[]>(
    schedule?.overrides.map((o) => ({ date: o.date, windows: [...o.windows] })) ?? [],
  );
  // A new schedule's page is rendered afresh (with its session types), so it says "saved" there.
  const save = useAction(saveScheduleAction, {
    onSuccess: () =>
      schedule ? router.refresh() : router.replace("/supervision/availability?saved=1"),
  });
  return (
    <Card className="space-y-4" aria-labelledby={`schedule-${schedule?.id ?? "new"}`}>
      <div>
        <h2
          id={`schedule-${schedule?.id ?? "new"}`}
          className="text-lg font-semibold tracking-tight"
        >
          {schedule ? `Schedule: ${schedule.name}` : "Set up your weekly hours"}
        </h2>
        <CardDescription>Your supervisees see these times in their own time zone.</CardDescription>
      </div>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            ...(schedule ? { scheduleId: schedule.id } : {}),
            name,
            timeZone,
            weekly: week.flatMap((windows, i) =>
              windows.map((w) => ({ weekday: weekdayNumber(i), ...w })),
            ),
            overrides,
          });
        }}
      >
        <div className="flex flex-wrap gap-3">
          <label className="space-y-1 text-sm">
            <span className="block font-medium">Name</span>
            <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium">Time zone</span>
            <Select value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </Select>
          </label>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Weekly hours</legend>
          {WEEKDAYS.map((day, i) => (
            <div
              key={day}
              className="flex flex-wrap items-center gap-3 border-b border-border pb-2"
            >
              <span className="w-24 text-sm font-medium">{day}</span>
              <WindowInputs
                label={day}
                windows={week[i] ?? []}
                onChange={(next) => setWeek(week.map((w, j) => (j === i ? next : w)))}
              />
            </div>
          ))}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Date overrides (days off, extra hours)</legend>
          {overrides.length === 0 ? (
            <p className="text-sm text-muted-foreground">None. Add a date to change its hours.</p>
          ) : null}
          {overrides.map((o, i) => (
            <div key={i} className="flex flex-wrap items-center gap-3 border-b border-border pb-2">
              <Input
                type="date"
                aria-label={`Override ${i + 1} date`}
                value={o.date}
                className="w-40"
                onChange={(e) =>
                  setOverrides(
                    overrides.map((x, j) => (j === i ? { ...x, date: e.target.value } : x)),
                  )
                }
              />
              <WindowInputs
                label={o.date || `override ${i + 1}`}
                windows={o.windows}
                onChange={(next) =>
                  setOverrides(overrides.map((x, j) => (j === i ? { ...x, windows: next } : x)))
                }
              />
              <Button
                type="button"
                size="sm"
                variant="ghost"
                onClick={() => setOverrides(overrides.filter((_, j) => j !== i))}
              >
                Remove date
              </Button>
            </div>
          ))}
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={() => setOverrides([...overrides, { date: "", windows: [] }])}
          >
            Add a date
          </Button>
        </fieldset>
        {save.error ? <Alert tone="error">{save.error.message}</Alert> : null}
        {save.isSuccess ? (
          <Alert tone="success">Saved. Booking now offers these times.</Alert>
        ) : null}
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save hours"}
        </Button>
      </form>
    </Card>
  );
}
