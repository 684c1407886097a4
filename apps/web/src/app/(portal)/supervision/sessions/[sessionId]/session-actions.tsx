"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, buttonVariants, Card, CardDescription, Input, Select } from "@tend/ui";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
} from "@tend/ui/dialog";

import {
  cancelSessionAction,
  rescheduleAtLocalTimeAction,
  rescheduleSessionAction,
} from "~/actions/supervision";

/**
 * Moving and cancelling: a participant within the supervisor's cancellation window is asked to
 * contact the supervisor instead; cancelling always asks for a reason and a confirmation.
 */
export function SessionActions({
  sessionId,
  role,
  kind,
  timeZone,
  windowOpen,
  windowText,
  supervisorName,
  moveSlots,
}: {
  sessionId: string;
  role: "supervisor" | "seated" | "waitlisted";
  kind: "individual" | "group";
  timeZone: string;
  windowOpen: boolean;
  windowText: string;
  supervisorName: string;
  moveSlots: { start: Date; label: string }[];
}) {
  const router = useRouter();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const [slot, setSlot] = useState("");
  const [local, setLocal] = useState("");
  const cancel = useAction(cancelSessionAction, {
    onSuccess: () => {
      setCancelling(false);
      router.refresh();
    },
  });
  const moveToSlot = useAction(rescheduleSessionAction, { onSuccess: () => router.refresh() });
  const moveToTime = useAction(rescheduleAtLocalTimeAction, { onSuccess: () => router.refresh() });
  const cancelWhat =
    role === "supervisor"
      ? "Cancel the session"
      : role === "waitlisted"
        ? "Leave the waitlist"
        : kind === "group"
          ? "Give up my seat"
          : "Cancel the session";

  if (windowOpen)
    return (
      <Card>
        <CardDescription>
          This session starts within {windowText}: to cancel or move it now, please contact{" "}
          {supervisorName} directly.
        </CardDescription>
      </Card>
    );

  return (
    <Card className="space-y-4" aria-labelledby="change-title">
      <h2 id="change-title" className="text-lg font-semibold tracking-tight">
        Change
      </h2>
      {role === "seated" && kind === "individual" && moveSlots.length > 0 ? (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (slot) moveToSlot.mutate({ sessionId, startsAt: new Date(slot) });
          }}
        >
          <label className="space-y-1 text-sm">
            <span className="block font-medium">Move to another offered time</span>
            <Select value={slot} onChange={(e) => setSlot(e.target.value)}>
              <option value="">Choose a time…</option>
              {moveSlots.map((s) => (
                <option key={s.start.getTime()} value={s.start.toISOString()}>
                  {s.label}
                </option>
              ))}
            </Select>
          </label>
          <Button
            type="submit"
            size="sm"
            variant="outline"
            disabled={!slot || moveToSlot.isPending}
          >
            {moveToSlot.isPending ? "Moving…" : "Move"}
          </Button>
        </form>
      ) : null}
      {role === "supervisor" ? (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (local) moveToTime.mutate({ sessionId, local, timeZone });
          }}
        >
          <label className="space-y-1 text-sm">
            <span className="block font-medium">Move to (your time, {timeZone})</span>
            <Input
              type="datetime-local"
              value={local}
              onChange={(e) => setLocal(e.target.value)}
              step={300}
            />
          </label>
          <Button
            type="submit"
            size="sm"
            variant="outline"
            disabled={!local || moveToTime.isPending}
          >
            {moveToTime.isPending ? "Moving…" : "Move"}
          </Button>
        </form>
      ) : null}
      {moveToSlot.error ? <Alert tone="error">{moveToSlot.error.message}</Alert> : null}
      {moveToTime.error ? <Alert tone="error">{moveToTime.error.message}</Alert> : null}
      <Button
        variant="outline"
        size="sm"
        onClick={() => {
          cancel.reset();
          setCancelling(true);
        }}
      >
        {cancelWhat}
      </Button>
      <Dialog open={cancelling} onOpenChange={setCancelling}>
        <DialogContent role="alertdialog" dismissible={false}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              cancel.mutate({ sessionId, reason });
            }}
            className="space-y-3"
          >
            <DialogTitle>{cancelWhat}?</DialogTitle>
            <DialogDescription>
              {role === "supervisor"
                ? "Everyone with a place is told by e-mail, with your reason."
                : kind === "group"
                  ? "Your seat goes to the first person on the waitlist."
                  : `${supervisorName} is told by e-mail, with your reason.`}
            </DialogDescription>
            <label htmlFor="cancel-reason" className="block text-sm font-medium">
              Reason
            </label>
            <textarea
              id="cancel-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={2}
              maxLength={300}
              required
              className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm"
            />
            {cancel.error ? <Alert tone="error">{cancel.error.message}</Alert> : null}
            <DialogFooter>
              <DialogClose className={buttonVariants({ variant: "ghost" })} data-autofocus>
                Keep it
              </DialogClose>
              <button
                type="submit"
                className={buttonVariants({ variant: "destructive" })}
                disabled={cancel.isPending}
              >
                {cancel.isPending ? "Cancelling…" : cancelWhat}
              </button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </Card>
  );
}
