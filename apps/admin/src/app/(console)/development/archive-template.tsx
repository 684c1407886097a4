"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { archiveTemplateAction } from "~/actions/development";

/**
 * Archives a requirement template after a confirmation, or restores an archived one. Licences
 * that follow it keep being measured by it either way.
 */
export function ArchiveTemplate({
  templateId,
  name,
  archived,
}: {
  templateId: string;
  name: string;
  archived: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const archive = useAction(archiveTemplateAction, {
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
            if (!archive.isPending) archive.mutate({ templateId, archived: false });
          }}
        >
          Restore<span className="sr-only">: {name}</span>
        </Button>
      </div>
    );
  return (
    <>
      <Button size="sm" variant="outline" onClick={() => setOpen(true)}>
        Archive<span className="sr-only">: {name}</span>
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) archive.reset();
        }}
        title={`Archive “${name}”?`}
        description="Clinicians can no longer choose these requirements for a licence. Licences that already follow them keep being measured by them. You can restore them later."
        confirmLabel="Archive the requirements"
        pendingLabel="Archiving…"
        cancelLabel="Keep them"
        pending={archive.isPending}
        error={archive.error?.message}
        onConfirm={() => archive.mutate({ templateId, archived: true })}
      />
    </>
  );
}
