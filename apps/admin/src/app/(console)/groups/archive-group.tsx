"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Button } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { archiveGroupAction } from "~/actions/groups";

/** Archives a group after a confirmation that says what it does and does not do. */
export function ArchiveGroup({ groupId, name }: { groupId: string; name: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const archive = useAction(archiveGroupAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <>
      <Button
        size="sm"
        variant="outline"
        aria-label={`Archive ${name}`}
        onClick={() => setOpen(true)}
      >
        Archive
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Archive “${name}”?`}
        description="The group leaves the directory, takes nobody new and nothing in it can change. Its members' records are kept, and what they wrote stays private to them: archiving does not let admins read it. This cannot be undone from here."
        confirmLabel="Archive the group"
        pendingLabel="Archiving…"
        cancelLabel="Keep it"
        pending={archive.isPending}
        error={archive.error?.message}
        onConfirm={() => archive.mutate({ groupId })}
      />
    </>
  );
}
