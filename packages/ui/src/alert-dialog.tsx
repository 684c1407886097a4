"use client";

import type { ReactNode } from "react";

import { buttonVariants } from "./button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
} from "./dialog";
import { Alert } from "./form";

/**
 * A yes-or-no confirmation before a destructive action: an alert dialog, which does not close
 * on a click outside it, and whose focus starts on the safe choice. The action button does not
 * close the dialog by itself: the caller closes it (`open` false) when the action has
 * succeeded, and an error stays visible inside it.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  pendingLabel,
  cancelLabel,
  pending = false,
  error,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  cancelLabel: string;
  pending?: boolean;
  error?: string | null | undefined;
  onConfirm: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent role="alertdialog" dismissible={false}>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <DialogFooter>
          <DialogClose className={buttonVariants({ variant: "ghost" })} data-autofocus>
            {cancelLabel}
          </DialogClose>
          <button
            type="button"
            className={buttonVariants({ variant: "destructive" })}
            disabled={pending}
            onClick={onConfirm}
          >
            {pending && pendingLabel ? pendingLabel : confirmLabel}
          </button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
