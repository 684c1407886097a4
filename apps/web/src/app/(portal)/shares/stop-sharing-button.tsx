"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { describeError, useTRPC } from "@tend/api/client";
import { Alert, Button } from "@tend/ui";

import { Dialog } from "~/components/confirm-dialog";

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
      <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
        Stop sharing with {supervisorName}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Stop sharing?">
        <p className="text-sm">
          {supervisorName} will no longer be able to see {what}.
        </p>
        {revoke.error ? <Alert tone="error">{describeError(revoke.error).message}</Alert> : null}
        <div className="flex justify-end gap-3">
          <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
            Keep sharing
          </Button>
          <Button
            type="button"
            variant="destructive"
            disabled={revoke.isPending}
            onClick={() => revoke.mutate({ shareId })}
          >
            {revoke.isPending ? "Stopping…" : "Stop sharing"}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
