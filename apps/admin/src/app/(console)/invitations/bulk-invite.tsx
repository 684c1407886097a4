"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Input, Label } from "@tend/ui";

import { invitePeopleFromFileAction } from "~/actions/invitations";

type Report = RouterOutputs["invitation"]["createMany"];

const MAX_BYTES = 1_000_000;

/** Invites everyone a CSV file lists, then reports on every row. */
export function BulkInvite() {
  const id = useId();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const upload = useAction(invitePeopleFromFileAction, {
    onSuccess: (result) => {
      setReport(result);
      if (input.current) input.current.value = "";
      router.refresh();
    },
    onError: ({ message }) => setProblem(message),
  });

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          setProblem(null);
          setReport(null);
          const file = input.current?.files?.[0];
          if (!file) return setProblem("Choose a CSV file first.");
          if (file.size > MAX_BYTES)
            return setProblem("The file is larger than 1 MB: split it into smaller files.");
          file.text().then(
            (csv) => upload.mutate({ csv }),
            () => setProblem("The file could not be read. Save it again as CSV and retry."),
          );
        }}
      >
        <div className="min-w-0 flex-1 space-y-1.5">
          <Label htmlFor={`${id}-file`}>CSV file</Label>
          <Input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={problem ? `${id}-problem` : undefined}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={upload.isPending}>
          {upload.isPending ? "Inviting…" : "Invite from file"}
        </Button>
      </form>
      {problem && (
        <Alert tone="error" id={`${id}-problem`}>
          {problem}
        </Alert>
      )}
      {report && <BulkReport report={report} />}
    </div>
  );
}

function BulkReport({ report }: { report: Report }) {
  const unmailed = report.invited.filter((r) => !r.mailed);
  return (
    <div className="space-y-3" aria-live="polite">
      <p className="font-medium">
        {report.invited.length} invited, {report.rejected.length} not invited.
      </p>
      {unmailed.length > 0 && (
        <Alert tone="error">
          {unmailed.length} invitation e-mail(s) could not be sent: use Resend below.
        </Alert>
      )}
      {report.rejected.length > 0 && (
        <div>
          <h3 className="text-sm font-medium">Not invited</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {report.rejected.map((row) => (
              <li key={row.line} className="rounded-md border border-border p-2">
                <span className="font-medium">Row {row.line}</span>
                {row.email && <span className="break-all"> · {row.email}</span>}
                <ul className="mt-1 list-disc pl-5 text-muted-foreground">
                  {row.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.invited.length > 0 && (
        <div>
          <h3 className="text-sm font-medium">Invited</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {report.invited.map((row) => (
              <li key={row.line} className="break-all">
                Row {row.line} · {row.email}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
