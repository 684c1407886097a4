"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { describeError, useTRPC } from "@tend/api/client";
import { Button } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

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
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const revoke = useMutation(
    trpc.share.revoke.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
    }),
  );
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
        error={revoke.error ? describeError(revoke.error).message : null}
        onConfirm={() => revoke.mutate({ shareId })}
      />
    </>
  );
}
