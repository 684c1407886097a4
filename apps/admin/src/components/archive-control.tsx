"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import type { ActionResult } from "@tend/nextjs/actions";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

/**
 * What was archived or restored last: its row moves once the page refreshes, and its new button
 * takes keyboard focus, which would otherwise fall back to the page.
 */
let moved: string | null = null;

/**
 * Archives something after a confirmation that says what archiving does, or restores it at
 * once (restoring takes nothing away). The page shows the change when it is done.
 */
export function ArchiveControl({
  name,
  archived,
  action,
  confirm,
  restoreLabel = "Restore",
}: {
  /** What is archived, for the buttons' accessible names and the dialog's title. */
  name: string;
  archived: boolean;
  action: (archived: boolean) => Promise<ActionResult<unknown>>;
  confirm: { description: string; confirmLabel: string; cancelLabel: string };
  restoreLabel?: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const change = useAction(action, {
    onSuccess: () => {
      setOpen(false);
      moved = name;
      router.refresh();
    },
  });
  useEffect(() => {
    if (moved !== name) return;
    moved = null;
    button.current?.focus();
  }, [name, archived]);
  if (archived)
    return (
      <div className="space-y-2">
        {change.error ? <Alert tone="error">{change.error.message}</Alert> : null}
        <Button
          ref={button}
          size="sm"
          variant="outline"
          // Not `disabled` while saving: a disabled button drops keyboard focus.
          aria-disabled={change.isPending}
          onClick={() => {
            if (!change.isPending) change.mutate(false);
          }}
        >
          {restoreLabel}
          <span className="sr-only">: {name}</span>
        </Button>
      </div>
    );
  return (
    <>
      <Button ref={button} size="sm" variant="outline" onClick={() => setOpen(true)}>
        Archive<span className="sr-only">: {name}</span>
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) change.reset();
        }}
        title={`Archive “${name}”?`}
        description={confirm.description}
        confirmLabel={confirm.confirmLabel}
        pendingLabel="Archiving…"
        cancelLabel={confirm.cancelLabel}
        pending={change.isPending}
        error={change.error?.message}
        onConfirm={() => change.mutate(true)}
      />
    </>
  );
}
