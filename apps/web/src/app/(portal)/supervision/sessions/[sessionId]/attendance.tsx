"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, CardDescription } from "@tend/ui";

import { markAttendanceAction } from "~/actions/supervision";

type Mark = "attended" | "absent";

/** The supervisor records who attended; attendees' hours go to the supervisor's queue to sign. */
export function AttendanceForm({
  sessionId,
  people,
  recorded,
}: {
  sessionId: string;
  people: { membershipId: string; name: string; attendance: Mark | null }[];
  recorded: boolean;
}) {
  const router = useRouter();
  const [marks, setMarks] = useState<Record<string, Mark>>(
    Object.fromEntries(people.map((p) => [p.membershipId, p.attendance ?? "attended"])),
  );
  const save = useAction(markAttendanceAction, { onSuccess: () => router.refresh() });
  return (
    <Card className="space-y-3" aria-labelledby="attendance-title">
      <h2 id="attendance-title" className="text-lg font-semibold tracking-tight">
        Attendance
      </h2>
      <CardDescription>
        {recorded
          ? "Recorded. You can correct it; signed hours stay as they are."
          : "Record who attended: each attendee's supervision hours go to your list to sign."}
      </CardDescription>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            sessionId,
            marks: people.map((p) => ({
              membershipId: p.membershipId,
              attendance: marks[p.membershipId] ?? "attended",
            })),
          });
        }}
      >
        {people.map((p) => (
          <fieldset key={p.membershipId} className="flex flex-wrap items-center gap-4">
            <legend className="sr-only">{p.name}</legend>
            <span className="min-w-40 font-medium" aria-hidden>
              {p.name}
            </span>
            {(["attended", "absent"] as const).map((value) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={`attendance-${p.membershipId}`}
                  checked={marks[p.membershipId] === value}
                  onChange={() => setMarks({ ...marks, [p.membershipId]: value })}
                />
                {value === "attended" ? "Attended" : "Absent"}
              </label>
            ))}
          </fieldset>
        ))}
        {save.error ? <Alert tone="error">{save.error.message}</Alert> : null}
        {save.isSuccess ? (
          <Alert tone="success">
            Saved.{" "}
            {save.data?.entriesCreated
              ? `${save.data.entriesCreated} hour entr${save.data.entriesCreated === 1 ? "y is" : "ies are"} waiting for your signature.`
              : ""}
          </Alert>
        ) : null}
        <Button type="submit" size="sm" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save attendance"}
        </Button>
      </form>
    </Card>
  );
}
