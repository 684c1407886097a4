"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { Button } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

/**
 * The buttons under a licence or CE entry form: save, cancel back to the development page and,
 * for a record that exists, remove it after a confirmation.
 */
export function FormFooter({
  saving,
  submitLabel,
  remove,
}: {
  saving: boolean;
  submitLabel: string;
  /** For a record that exists: what removing it is called, says and does. */
  remove?: {
    label: string;
    title: string;
    description: string;
    pending: boolean;
    error: string | null;
    onConfirm: () => void;
  };
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : submitLabel}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.push("/development")}>
          Cancel
        </Button>
        {remove ? (
          <Button
            type="button"
            variant="outline"
            className="ml-auto"
            onClick={() => setConfirming(true)}
          >
            {remove.label}
          </Button>
        ) : null}
      </div>
      {remove ? (
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          title={remove.title}
          description={remove.description}
          confirmLabel="Remove"
          pendingLabel="Removing…"
          cancelLabel="Keep it"
          pending={remove.pending}
          error={remove.error}
          onConfirm={remove.onConfirm}
        />
      ) : null}
    </>
  );
}
