"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { deactivatePersonAction, reactivatePersonAction } from "~/actions/people";

/** Deactivating (after a confirmation that says what it does) or reactivating a member. */
export function MemberStatus({
  membershipId,
  name,
  deactivated,
  isSelf,
}: {
  membershipId: string;
  name: string;
  deactivated: boolean;
  isSelf: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const deactivate = useAction(deactivatePersonAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  const reactivate = useAction(reactivatePersonAction, { onSuccess: () => router.refresh() });

  if (deactivated)
    return (
      <div className="space-y-3">
        <p className="text-sm text-muted-foreground">
          {name} cannot sign in to your organisation. Everything they recorded is kept; reactivating
          gives them back the roles and teams they had.
        </p>
        {reactivate.error && <Alert tone="error">{reactivate.error.message}</Alert>}
        <Button
          variant="secondary"
          disabled={reactivate.isPending}
          onClick={() => reactivate.mutate({ membershipId })}
        >
          {reactivate.isPending ? "Reactivating…" : `Reactivate ${name}`}
        </Button>
      </div>
    );

  if (isSelf)
    return (
      <p className="text-sm text-muted-foreground">
        You cannot deactivate yourself. If you are leaving, ask another admin to do it.
      </p>
    );

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted-foreground">
        Deactivating signs {name} out everywhere at once and stops them signing in. Their data is
        kept and they can be reactivated.
      </p>
      <Button
        variant="destructive"
        onClick={() => {
          deactivate.reset();
          setOpen(true);
        }}
      >
        Deactivate…
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Deactivate ${name}?`}
        description={`${name} will be signed out at their next click and will not be able to sign in. Their supervision relationships end; their records stay, and you can reactivate them later.`}
        confirmLabel="Deactivate"
        pendingLabel="Deactivating…"
        cancelLabel="Keep active"
        pending={deactivate.isPending}
        error={deactivate.error ? deactivate.error.message : null}
        onConfirm={() => deactivate.mutate({ membershipId })}
      />
    </div>
  );
}
