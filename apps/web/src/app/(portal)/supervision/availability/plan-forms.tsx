"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, CardDescription, Input, Select } from "@tend/ui";

import { createGroupAtLocalTimeAction, createSeriesAtLocalTimeAction } from "~/actions/supervision";
import { EveryWeeksSelect } from "~/components/every-weeks-select";
import { weeklyRule } from "~/lib/recurrence";
import { FORMAT_LABELS } from "~/lib/supervision-words";

const FORMATS = Object.entries(FORMAT_LABELS) as [keyof typeof FORMAT_LABELS, string][];
type Format = keyof typeof FORMAT_LABELS;
const asFormat = (v: string): Format => (v === "in-person" || v === "phone" ? v : "video");

/** A one-off group case discussion with a seat limit (a waitlist opens when it is full). */
export function GroupSessionForm({ timeZone }: { timeZone: string }) {
  const router = useRouter();
  const [title, setTitle] = useState("Case discussion");
  const [local, setLocal] = useState("");
  const [durationMinutes, setDuration] = useState(90);
  const [seatLimit, setSeats] = useState(6);
  const [format, setFormat] = useState<Format>("video");
  const create = useAction(createGroupAtLocalTimeAction, {
    onSuccess: ({ sessionId }) => router.push(`/supervision/sessions/${sessionId}`),
  });
  return (
    <Card className="space-y-3" aria-labelledby="group-title">
      <h2 id="group-title" className="text-lg font-semibold tracking-tight">
        Plan a group case discussion
      </h2>
      <form
        className="grid gap-3 sm:grid-cols-3"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ title, local, timeZone, durationMinutes, seatLimit, format });
        }}
      >
        <label className="space-y-1 text-sm sm:col-span-2">
          <span className="block font-medium">Name</span>
          <Input value={title} maxLength={100} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Starts ({timeZone})</span>
          <Input
            type="datetime-local"
            value={local}
            step={300}
            onChange={(e) => setLocal(e.target.value)}
          />
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Length (minutes)</span>
          <Input
            type="number"
            min={15}
            value={durationMinutes}
            onChange={(e) => setDuration(e.target.valueAsNumber)}
          />
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Seats</span>
          <Input
            type="number"
            min={2}
            max={50}
            value={seatLimit}
            onChange={(e) => setSeats(e.target.valueAsNumber)}
          />
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Format</span>
          <Select value={format} onChange={(e) => setFormat(asFormat(e.target.value))}>
            {FORMATS.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </Select>
        </label>
        {create.error ? (
          <Alert tone="error" className="sm:col-span-3">
            {create.error.message}
          </Alert>
        ) : null}
        <div className="sm:col-span-3">
          <Button type="submit" size="sm" disabled={create.isPending || !local}>
            {create.isPending ? "Planning…" : "Plan it"}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** A recurring series: every n weeks on a weekday, for a supervisee or a group. */
export function SeriesForm({
  timeZone,
  supervisees,
}: {
  timeZone: string;
  supervisees: { membershipId: string; name: string }[];
}) {
  const router = useRouter();
  const [kind, setKind] = useState<"individual" | "group">(
    supervisees.length ? "individual" : "group",
  );
  const [participant, setParticipant] = useState(supervisees[0]?.membershipId ?? "");
  const [title, setTitle] = useState("Fortnightly case discussion");
  const [every, setEvery] = useState(2);
  const [local, setLocal] = useState("");
  const [count, setCount] = useState(8);
  const [durationMinutes, setDuration] = useState(50);
  const create = useAction(createSeriesAtLocalTimeAction, { onSuccess: () => router.refresh() });
  const rule = weeklyRule(local, every, count);
  return (
    <Card className="space-y-3" aria-labelledby="series-title">
      <h2 id="series-title" className="text-lg font-semibold tracking-tight">
        Set up recurring supervision
      </h2>
      <CardDescription>
        A series repeats on the weekday of its first session. Move or cancel one occurrence from its
        page without touching the rest.
      </CardDescription>
      <form
        className="grid gap-3 sm:grid-cols-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!rule) return;
          create.mutate({
            kind,
            participantMembershipId: kind === "individual" ? participant : null,
            title: kind === "group" ? title : null,
            seatLimit: kind === "group" ? 6 : 1,
            rule,
            local,
            timeZone,
            durationMinutes,
            format: "video",
          });
        }}
      >
        <label className="space-y-1 text-sm">
          <span className="block font-medium">For</span>
          <Select
            value={kind}
            onChange={(e) => setKind(e.target.value === "group" ? "group" : "individual")}
          >
            <option value="individual">A supervisee</option>
            <option value="group">A group</option>
          </Select>
        </label>
        {kind === "individual" ? (
          <label className="space-y-1 text-sm sm:col-span-2">
            <span className="block font-medium">Supervisee</span>
            <Select value={participant} onChange={(e) => setParticipant(e.target.value)}>
              {supervisees.map((s) => (
                <option key={s.membershipId} value={s.membershipId}>
                  {s.name}
                </option>
              ))}
            </Select>
          </label>
        ) : (
          <label className="space-y-1 text-sm sm:col-span-2">
            <span className="block font-medium">Group name</span>
            <Input value={title} maxLength={100} onChange={(e) => setTitle(e.target.value)} />
          </label>
        )}
        <label className="space-y-1 text-sm">
          <span className="block font-medium">First session ({timeZone})</span>
          <Input
            type="datetime-local"
            value={local}
            step={300}
            onChange={(e) => setLocal(e.target.value)}
          />
        </label>
        <EveryWeeksSelect value={every} onChange={setEvery} firstLocal={local} />
        <label className="space-y-1 text-sm">
          <span className="block font-medium">How many sessions</span>
          <Input
            type="number"
            min={2}
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
            value={durationMinutes}
            onChange={(e) => setDuration(e.target.valueAsNumber)}
          />
        </label>
        {create.error ? (
          <Alert tone="error" className="sm:col-span-3">
            {create.error.message}
          </Alert>
        ) : null}
        {create.data ? (
          <Alert tone="success" className="sm:col-span-3">
            {create.data.created} sessions planned
            {create.data.clashes.length
              ? `; ${create.data.clashes.length} clashed with other sessions and were left out.`
              : "."}
          </Alert>
        ) : null}
        <div className="sm:col-span-3">
          <Button
            type="submit"
            size="sm"
            disabled={create.isPending || !local || (kind === "individual" && !participant)}
          >
            {create.isPending ? "Planning…" : "Plan the series"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
