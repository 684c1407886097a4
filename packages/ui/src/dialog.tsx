"use client";

import type { ComponentProps, MouseEvent, ReactNode } from "react";
import { Slot } from "@radix-ui/react-slot";
import { createContext, useContext, useEffect, useId, useMemo, useRef } from "react";

import { cn } from "./cn";

/**
 * A modal dialog on the browser's own `<dialog>` (`showModal()`): focus moves into it and
 * stays there, Esc closes it, the page behind is inert to pointer, keyboard and assistive
 * technology, and focus returns to the opener when it closes. Controlled by `open` and
 * `onOpenChange`; its content is rendered only while it is open.
 */
interface DialogState {
  open: boolean;
  setOpen: (open: boolean) => void;
  titleId: string;
  descriptionId: string;
}

const DialogContext = createContext<DialogState | null>(null);

function useDialog(): DialogState {
  const dialog = useContext(DialogContext);
  if (!dialog) throw new Error("Dialog parts belong inside <Dialog>.");
  return dialog;
}

export function Dialog({
  open,
  onOpenChange,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}) {
  const id = useId();
  const state = useMemo(
    () => ({
      open,
      setOpen: onOpenChange,
      titleId: `${id}-title`,
      descriptionId: `${id}-description`,
    }),
    [open, onOpenChange, id],
  );
  return <DialogContext.Provider value={state}>{children}</DialogContext.Provider>;
}

const contentClass =
  "m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-lg overflow-y-auto rounded-lg border border-border bg-card p-0 text-foreground shadow-xl backdrop:bg-black/40 focus:outline-none";

/**
 * The dialog itself. A click on the backdrop closes it unless `dismissible` is false (an alert
 * dialog); the element marked `data-autofocus` takes focus when it opens, else the first
 * focusable one does.
 */
export function DialogContent({
  className,
  children,
  dismissible = true,
  ...props
}: ComponentProps<"dialog"> & { dismissible?: boolean }) {
  const { open, setOpen, titleId, descriptionId } = useDialog();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);
  const onBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    // The content fills the dialog, so only a click on the backdrop lands on the dialog itself.
    if (dismissible && event.target === event.currentTarget) setOpen(false);
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      className={contentClass}
      onCancel={(event) => {
        event.preventDefault();
        setOpen(false);
      }}
      // Should the browser close it itself (Esc without a user gesture), follow it.
      onClose={() => {
        if (open) setOpen(false);
      }}
      onClick={onBackdrop}
      {...props}
    >
      {open ? <div className={cn("ui-dialog-body", className)}>{children}</div> : null}
    </dialog>
  );
}

export function DialogTitle({ className, ...props }: ComponentProps<"h2">) {
  return <h2 id={useDialog().titleId} className={cn("ui-dialog-title", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: ComponentProps<"p">) {
  return (
    <p
      id={useDialog().descriptionId}
      className={cn("ui-dialog-description", className)}
      {...props}
    />
  );
}

export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("ui-dialog-footer", className)} {...props} />;
}

/** Closes the dialog when clicked; with `asChild`, its one child (a button) does. */
export function DialogClose({
  asChild = false,
  onClick,
  ...props
}: ComponentProps<"button"> & { asChild?: boolean }) {
  const { setOpen } = useDialog();
  const Component = asChild ? Slot : "button";
  return (
    <Component
      type="button"
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        setOpen(false);
      }}
      {...props}
    />
  );
}
