"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { completeWorkshopAction, enrolAction, leaveWorkshopAction } from "~/actions/development";
import { hoursText } from "~/lib/development";

/**
 * The workshop whose card moves to another shelf once the page refreshes (enrolling or leaving
 * moves it): its new card takes keyboard focus, which would otherwise fall back to the page.
 */
let movedWorkshop: string | null = null;

export interface CatalogWorkshop {
  id: string;
  title: string;
  minutes: number;
  archived: boolean;
  enrolled: boolean;
  completable: boolean;
}

/**
 * What the caller can do with one workshop: enrol; or leave it, or mark it complete, which logs
 * it in their CE log and opens the new entry to check it and attach the certificate.
 */
export function WorkshopActions({ workshop }: { workshop: CatalogWorkshop }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<"leave" | "complete" | null>(null);
  const moved = () => {
    movedWorkshop = workshop.id;
    router.refresh();
  };
  const enrol = useAction(enrolAction, { onSuccess: moved });
  const leave = useAction(leaveWorkshopAction, {
    onSuccess: () => {
      setConfirming(null);
      moved();
    },
  });
  useEffect(() => {
    if (movedWorkshop !== workshop.id) return;
    movedWorkshop = null;
    document.getElementById(`workshop-${workshop.id}`)?.focus();
  }, [workshop.id]);
  const complete = useAction(completeWorkshopAction, {
    onSuccess: ({ entryId }) => router.push(`/development/log/${entryId}?logged=workshop`),
  });
  const input = { workshopId: workshop.id };
  const named = <span className="sr-only">: {workshop.title}</span>;

  if (!workshop.enrolled)
    return (
      <div className="space-y-2">
        {enrol.error ? <Alert tone="error">{enrol.error.message}</Alert> : null}
        <Button
          type="button"
          size="sm"
          // Not `disabled` while saving: a disabled button drops keyboard focus.
          aria-disabled={enrol.isPending}
          onClick={() => {
            if (!enrol.isPending) enrol.mutate(input);
          }}
        >
          {enrol.isPending ? "Enrolling…" : "Enrol"}
          {named}
        </Button>
      </div>
    );

  return (
    <div className="flex flex-wrap items-center gap-2">
      {workshop.completable ? (
        <Button type="button" size="sm" onClick={() => setConfirming("complete")}>
          Mark as complete{named}
        </Button>
      ) : (
        <p className="text-sm text-muted-foreground">
          You can mark it complete once it has taken place.
        </p>
      )}
      <Button type="button" size="sm" variant="ghost" onClick={() => setConfirming("leave")}>
        Leave{named}
      </Button>
      <ConfirmDialog
        open={confirming === "complete"}
        onOpenChange={(open) => {
          if (!open) {
            setConfirming(null);
            complete.reset();
          }
        }}
        title={`Mark “${workshop.title}” as complete?`}
        description={`This logs ${hoursText(workshop.minutes)} of CE in your log, counting toward the licences you hold. You can then check the details and add your certificate.`}
        confirmLabel="Mark as complete"
        pendingLabel="Logging…"
        cancelLabel="Not yet"
        pending={complete.isPending}
        error={complete.error?.message}
        onConfirm={() => complete.mutate(input)}
      />
      <ConfirmDialog
        open={confirming === "leave"}
        onOpenChange={(open) => {
          if (!open) {
            setConfirming(null);
            leave.reset();
          }
        }}
        title={`Leave “${workshop.title}”?`}
        description={
          workshop.archived
            ? "It has been taken out of the catalog, so you cannot enrol again."
            : "You can enrol again while it is in the catalog."
        }
        confirmLabel="Leave"
        pendingLabel="Leaving…"
        cancelLabel="Stay enrolled"
        pending={leave.isPending}
        error={leave.error?.message}
        onConfirm={() => leave.mutate(input)}
      />
    </div>
  );
}
