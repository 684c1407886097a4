"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, CardDescription, Input } from "@tend/ui";

import { changeSeriesAtLocalTimeAction } from "~/actions/supervision";
import { EveryWeeksSelect } from "~/components/every-weeks-select";
import { weeklyRule } from "~/lib/recurrence";

/**
 * The supervisor changes the rest of a series from this occurrence on: a new time, rhythm or
 * length. Earlier occurrences, and ones already moved by hand, stay as they are.
 */
export function SeriesChange({
  seriesId,
  from,
  timeZone,
  defaultLocal,
  durationMinutes,
}: {
  seriesId: string;
  from: Date;
  timeZone: string;
  defaultLocal: string;
  durationMinutes: number;
}) {
  const router = useRouter();
  const [local, setLocal] = useState(defaultLocal);
  const [every, setEvery] = useState(2);
  const [count, setCount] = useState(6);
  const [length, setLength] = useState(durationMinutes);
  const change = useAction(changeSeriesAtLocalTimeAction, {
    onSuccess: () => router.push("/supervision"),
  });
  const rule = weeklyRule(local, every, count);
  return (
    <Card className="space-y-3" aria-labelledby="series-change-title">
      <h2 id="series-change-title" className="text-lg font-semibold tracking-tight">
        Change the series from this session on
      </h2>
      <CardDescription>
        To change only this session, move or cancel it below. Here, this session and every later one
        that was not changed by hand take the new time; everyone seated is told.
      </CardDescription>
      <form
        className="grid gap-3 sm:grid-cols-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (rule)
            change.mutate({
              seriesId,
              from,
              local,
              timeZone,
              rule,
              durationMinutes: length,
            });
        }}
      >
        <label className="space-y-1 text-sm">
          <span className="block font-medium">New first time ({timeZone})</span>
          <Input
            type="datetime-local"
            value={local}
            step={300}
            onChange={(e) => setLocal(e.target.value)}
          />
        </label>
        <EveryWeeksSelect value={every} onChange={setEvery} firstLocal={local} />
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Sessions</span>
          <Input
            type="number"
            min={1}
            max={52}
            value={count}
            onChange={(e) => setCount(e.target.valueAsNumber)}
          />
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Length (minutes)</span>
          <Input
            type="number"
            min={15}
            value={length}
            onChange={(e) => setLength(e.target.valueAsNumber)}
          />
        </label>
        {change.error ? (
          <Alert tone="error" className="sm:col-span-4">
            {change.error.message}
          </Alert>
        ) : null}
        <div className="sm:col-span-4">
          <Button type="submit" size="sm" variant="outline" disabled={change.isPending || !local}>
            {change.isPending ? "Changing…" : "Change this and later sessions"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
