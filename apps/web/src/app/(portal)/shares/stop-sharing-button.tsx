"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Button } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { stopSharingAction } from "~/actions/self-check";

/** Stops one share after a confirmation; the supervisor's access ends with their next request. */
export function StopSharingButton({
  shareId,
  supervisorName,
  what,
}: {
  shareId: string;
  supervisorName: string;
  what: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const revoke = useAction(stopSharingAction, {
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
          revoke.reset();
          setOpen(true);
        }}
      >
        Stop sharing with {supervisorName}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Stop sharing?"
        description={`${supervisorName} will no longer be able to see ${what}.`}
        confirmLabel="Stop sharing"
        pendingLabel="Stopping…"
        cancelLabel="Keep sharing"
        pending={revoke.isPending}
        error={revoke.error ? revoke.error.message : null}
        onConfirm={() => revoke.mutate({ shareId })}
      />
    </>
  );
}
