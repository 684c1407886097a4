"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Label, Select } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { assignSupervisionAction, endSupervisionAction } from "~/actions/people";

/** Choosing a supervisor for a member from the organisation's active supervisors. */
export function AssignSupervisor({
  superviseeMembershipId,
  options,
}: {
  superviseeMembershipId: string;
  options: { membershipId: string; name: string }[];
}) {
  const id = useId();
  const router = useRouter();
  const [supervisor, setSupervisor] = useState("");
  const assign = useAction(assignSupervisionAction, {
    onSuccess: () => {
      setSupervisor("");
      router.refresh();
    },
  });
  if (options.length === 0)
    return (
      <p className="mt-3 text-sm text-muted-foreground">
        No other active supervisor to assign. Give someone the supervisor role first.
      </p>
    );
  return (
    <form
      className="mt-3 flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (supervisor)
          assign.mutate({ supervisorMembershipId: supervisor, superviseeMembershipId });
      }}
    >
      <div className="min-w-0 flex-1 space-y-1.5">
        <Label htmlFor={`${id}-supervisor`}>Add a supervisor</Label>
        <Select
          id={`${id}-supervisor`}
          value={supervisor}
          onChange={(e) => setSupervisor(e.target.value)}
          required
        >
          <option value="">Choose a supervisor…</option>
          {options.map((o) => (
            <option key={o.membershipId} value={o.membershipId}>
              {o.name}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary" disabled={!supervisor || assign.isPending}>
        {assign.isPending ? "Assigning…" : "Assign"}
      </Button>
      {assign.error && (
        <Alert tone="error" className="basis-full">
          {assign.error.message}
        </Alert>
      )}
    </form>
  );
}

/** Ending one supervision relationship, after a confirmation. */
export function EndSupervisionButton({
  relationshipId,
  supervisor,
  supervisee,
}: {
  relationshipId: string;
  supervisor: string;
  supervisee: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const end = useAction(endSupervisionAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <>
      <Button
        variant="outline"
        size="sm"
        onClick={() => {
          end.reset();
          setOpen(true);
        }}
      >
        End
        <span className="sr-only">
          {" "}
          supervision of {supervisee} by {supervisor}
        </span>
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="End this supervision?"
        description={`${supervisor} will no longer supervise ${supervisee}. Past sessions and signed hours are kept; shared results stop being visible to ${supervisor}.`}
        confirmLabel="End supervision"
        pendingLabel="Ending…"
        cancelLabel="Keep"
        pending={end.isPending}
        error={end.error ? end.error.message : null}
        onConfirm={() => end.mutate({ relationshipId })}
      />
    </>
  );
}
