"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Button, Card } from "@tend/ui";

import { acceptGroupAgreementAction, joinGroupAction } from "~/actions/groups";

const COPY = {
  join: { title: "Join this group", button: "Accept and join", pending: "Joining…" },
  request: {
    title: "Ask to join this group",
    button: "Accept and ask to join",
    pending: "Asking…",
  },
  invited: {
    title: "You are invited to this group",
    button: "Accept and join",
    pending: "Joining…",
  },
  "accept-again": {
    title: "The group's agreement has changed",
    button: "Accept the new agreement",
    pending: "Accepting…",
  },
} as const;

/**
 * Joining, asking to join or accepting a changed agreement: the agreement is shown in full and
 * must be accepted (a checkbox) before the button does anything. The version read is sent, so
 * an agreement changed meanwhile is not accepted unread.
 */
export function JoinPanel({
  groupId,
  agreement,
  agreementVersion,
  mode,
  full,
}: {
  groupId: string;
  agreement: string;
  agreementVersion: number;
  mode: keyof typeof COPY;
  full: boolean;
}) {
  const router = useRouter();
  const id = useId();
  const [accepted, setAccepted] = useState(false);
  const [requested, setRequested] = useState(false);
  const join = useAction(joinGroupAction, {
    onSuccess: (result) => {
      if (result.outcome === "requested") setRequested(true);
      router.refresh();
    },
  });
  const acceptAgain = useAction(acceptGroupAgreementAction, { onSuccess: () => router.refresh() });
  const action = mode === "accept-again" ? acceptAgain : join;
  const copy = COPY[mode];
  const blockedByFull = full && (mode === "join" || mode === "invited");

  return (
    <Card aria-labelledby={`${id}-title`} className="max-w-3xl space-y-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
        {copy.title}
      </h2>
      <p className="text-sm text-muted-foreground">
        {mode === "accept-again"
          ? "Read it and accept it to see the group's members again."
          : "Every member accepts the group's agreement. Read it before you join."}
      </p>
      <blockquote
        id={`${id}-agreement`}
        className="rounded-md border border-border bg-muted/40 p-4 text-sm whitespace-pre-line"
      >
        {agreement}
      </blockquote>
      {blockedByFull ? (
        <p className="text-sm font-medium">
          The group is full just now. A place opens when a member leaves.
        </p>
      ) : (
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (!accepted) return;
            if (mode === "accept-again") acceptAgain.mutate({ groupId, agreementVersion });
            else join.mutate({ groupId, agreementVersion });
          }}
        >
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-1 size-4"
              checked={accepted}
              onChange={(event) => setAccepted(event.target.checked)}
              aria-describedby={`${id}-agreement`}
            />
            <span>I have read the agreement and I will keep to it.</span>
          </label>
          <Button type="submit" disabled={!accepted || action.isPending}>
            {action.isPending ? copy.pending : copy.button}
          </Button>
          {requested ? (
            <p role="status" className="text-sm">
              Your request has been sent to the facilitators.
            </p>
          ) : null}
          {action.error ? (
            <p role="alert" className="text-sm text-destructive">
              {action.error.message}
            </p>
          ) : null}
        </form>
      )}
    </Card>
  );
}
