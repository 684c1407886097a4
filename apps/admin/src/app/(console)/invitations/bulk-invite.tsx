"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Input, Label } from "@tend/ui";

import { invitePeopleFromFileAction } from "~/actions/invitations";

type Report = RouterOutputs["invitation"]["createMany"];

const MAX_BYTES = 1_000_000;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Invites everyone a CSV file lists, then reports on every row. */
export function BulkInvite({ describedBy }: { describedBy?: string }) {
  const id = useId();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [reading, setReading] = useState(false);
  const upload = useAction(invitePeopleFromFileAction, {
    onSuccess: (result) => {
      setReport(result);
      if (input.current) input.current.value = "";
      router.refresh();
    },
    onError: ({ message }) => setProblem(message),
  });
  const busy = reading || upload.isPending;
  const describedByIds = [describedBy, problem ? `${id}-problem` : null].filter(Boolean).join(" ");

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
          setReading(true);
          file
            .text()
            .then(
              (csv) => upload.mutate({ csv }),
              () => setProblem("The file could not be read. Save it again as CSV and retry."),
            )
            .finally(() => setReading(false));
        }}
      >
        <div className="min-w-0 flex-1 space-y-1.5">
          <Label htmlFor={`${id}-file`}>CSV file</Label>
          <Input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedByIds || undefined}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? "Inviting…" : "Invite from file"}
        </Button>
      </form>
      {problem && (
        <Alert tone="error" id={`${id}-problem`}>
          {problem}
        </Alert>
      )}
      {/* Always in the page, so that the summary is announced when it appears. */}
      <p aria-live="polite" className={report ? "font-medium" : "sr-only"}>
        {report ? summary(report) : ""}
      </p>
      {report && <BulkReport report={report} />}
    </div>
  );
}

function summary(report: Report) {
  const invited = `${report.invited.length} invited`;
  const rejected = `${report.rejected.length} not invited`;
  if (report.invited.length + report.rejected.length === 0)
    return "The file has no rows to invite.";
  return `${invited}, ${rejected}.`;
}

function BulkReport({ report }: { report: Report }) {
  const unmailed = report.invited.filter((r) => !r.mailed);
  return (
    <div className="space-y-3">
      {unmailed.length > 0 && (
        <Alert tone="error">
          {count(unmailed.length, "invitation is", "invitations are")} saved, but the e-mail could
          not be sent: use Resend under Pending invitations.
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
                  {row.reasons.map((reason, index) => (
                    <li key={index}>{reason}</li>
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
