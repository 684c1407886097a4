"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { archiveWorkshopAction } from "~/actions/development";

/**
 * Takes a workshop out of the catalog after a confirmation, or puts an archived one back.
 * Those already enrolled keep it either way.
 */
export function ArchiveWorkshop({
  workshopId,
  title,
  archived,
}: {
  workshopId: string;
  title: string;
  archived: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const archive = useAction(archiveWorkshopAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  if (archived)
    return (
      <div className="space-y-2">
        {archive.error ? <Alert tone="error">{archive.error.message}</Alert> : null}
        <Button
          size="sm"
          variant="outline"
          aria-disabled={archive.isPending}
          onClick={() => {
            if (!archive.isPending) archive.mutate({ workshopId, archived: false });
          }}
        >
          Put back in the catalog<span className="sr-only">: {title}</span>
        </Button>
      </div>
    );
  return (
    <>
      <Button size="sm" variant="outline" onClick={() => setOpen(true)}>
        Archive<span className="sr-only">: {title}</span>
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) archive.reset();
        }}
        title={`Archive “${title}”?`}
        description="It leaves the catalog and nobody new can enrol. Clinicians already enrolled still see it and can mark it complete; CE already logged from it stays in their logs. You can put it back later."
        confirmLabel="Archive the workshop"
        pendingLabel="Archiving…"
        cancelLabel="Keep it"
        pending={archive.isPending}
        error={archive.error?.message}
        onConfirm={() => archive.mutate({ workshopId, archived: true })}
      />
    </>
  );
}
