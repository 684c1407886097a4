"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Badge, Button, EmptyState } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";
import { ROLE_LABELS } from "@tend/ui/labels";

import { resendInvitationAction, revokeInvitationAction } from "~/actions/invitations";

type Invitation = RouterOutputs["invitation"]["list"][number];

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

/**
 * Invitations not yet accepted, with Resend and (after a confirmation) Revoke. A revoked
 * invitation's row leaves the list, so focus goes to the section's heading (`headingId`) and
 * the status line says what happened.
 */
export function PendingInvitations({
  invitations,
  headingId,
}: {
  invitations: Invitation[];
  headingId: string;
}) {
  const [revoked, setRevoked] = useState<{ email: string } | null>(null);
  // Runs after the confirmation dialog's own effect has closed it and given focus back.
  useEffect(() => {
    if (revoked) document.getElementById(headingId)?.focus();
  }, [revoked, headingId]);
  return (
    <>
      <p aria-live="polite" className={revoked ? "text-sm break-words" : "sr-only"}>
        {revoked ? `The invitation to ${revoked.email} is revoked; its link no longer works.` : ""}
      </p>
      {invitations.length === 0 ? (
        <EmptyState title="No open invitations">
          Everyone you invited has joined, or you have not invited anyone yet.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border bg-card">
          {invitations.map((invitation) => (
            <PendingInvitation
              key={invitation.id}
              invitation={invitation}
              onRevoked={(email) => setRevoked({ email })}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function PendingInvitation({
  invitation,
  onRevoked,
}: {
  invitation: Invitation;
  onRevoked: (email: string) => void;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const resend = useAction(resendInvitationAction, {
    onSuccess: (result) => {
      setStatus(
        result.mailed
          ? `Sent again to ${result.email}, with a new link.`
          : `A new link is ready, but the e-mail to ${result.email} could not be sent. Try Resend again later.`,
      );
      router.refresh();
    },
  });
  const revoke = useAction(revokeInvitationAction, {
    onSuccess: (result) => {
      setConfirming(false);
      onRevoked(result.email);
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
      <div className="flex shrink-0 flex-wrap gap-2">
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
