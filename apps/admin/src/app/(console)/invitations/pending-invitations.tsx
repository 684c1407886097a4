"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Badge, Button, EmptyState } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";
import { ROLE_LABELS } from "@tend/ui/labels";

import { resendInvitationAction, revokeInvitationAction } from "~/actions/invitations";

type Invitation = RouterOutputs["invitation"]["list"][number];

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

/** Invitations not yet accepted, with Resend and (after a confirmation) Revoke. */
export function PendingInvitations({ invitations }: { invitations: Invitation[] }) {
  if (invitations.length === 0)
    return (
      <EmptyState title="No open invitations">
        Everyone you invited has joined, or you have not invited anyone yet.
      </EmptyState>
    );
  return (
    <ul className="divide-y divide-border rounded-lg border border-border bg-card">
      {invitations.map((invitation) => (
        <PendingInvitation key={invitation.id} invitation={invitation} />
      ))}
    </ul>
  );
}

function PendingInvitation({ invitation }: { invitation: Invitation }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const resend = useAction(resendInvitationAction, {
    onSuccess: (result) => {
      setStatus(
        result.mailed
          ? `Sent again to ${result.email}, with a new link.`
          : "A new link is ready, but the e-mail could not be sent. Try again later.",
      );
      router.refresh();
    },
  });
  const revoke = useAction(revokeInvitationAction, {
    onSuccess: () => {
      setConfirming(false);
      router.refresh();
    },
  });
  const who = invitation.name || invitation.email;

  return (
    <li className="flex flex-col gap-3 p-4 md:flex-row md:items-start md:justify-between">
      <div className="min-w-0 space-y-1">
        <p className="font-medium break-all">
          {invitation.name ? `${invitation.name} · ` : ""}
          {invitation.email}
        </p>
        <p className="flex flex-wrap items-center gap-1.5 text-sm text-muted-foreground">
          {invitation.roles.map((r) => (
            <Badge key={r}>{ROLE_LABELS[r]}</Badge>
          ))}
          {invitation.teams.length > 0 && <span>{invitation.teams.join(", ")}</span>}
          {invitation.title && <span>· {invitation.title}</span>}
        </p>
        <p className="text-sm text-muted-foreground">
          Sent {date.format(invitation.createdAt)} ·{" "}
          {invitation.expired ? (
            <Badge className="border-destructive/40 text-destructive">
              Expired {date.format(invitation.expiresAt)}
            </Badge>
          ) : (
            <>link works until {date.format(invitation.expiresAt)}</>
          )}
        </p>
        <p aria-live="polite" className="text-sm">
          {status}
        </p>
        {resend.error && <Alert tone="error">{resend.error.message}</Alert>}
      </div>
      <div className="flex shrink-0 gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={resend.isPending}
          onClick={() => {
            setStatus(null);
            resend.mutate({ invitationId: invitation.id });
          }}
        >
          {resend.isPending ? "Sending…" : "Resend"}
          <span className="sr-only"> to {invitation.email}</span>
        </Button>
        <Button
          variant="outline"
          size="sm"
          onClick={() => {
            revoke.reset();
            setConfirming(true);
          }}
        >
          Revoke<span className="sr-only"> the invitation to {invitation.email}</span>
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Revoke this invitation?"
        description={`The link sent to ${who} stops working at once. You can invite them again later.`}
        confirmLabel="Revoke"
        pendingLabel="Revoking…"
        cancelLabel="Keep it"
        pending={revoke.isPending}
        error={revoke.error ? revoke.error.message : null}
        onConfirm={() => revoke.mutate({ invitationId: invitation.id })}
      />
    </li>
  );
}
