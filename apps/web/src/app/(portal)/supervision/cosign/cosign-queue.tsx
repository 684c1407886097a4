"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, buttonVariants } from "@tend/ui";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
} from "@tend/ui/dialog";

import { approveHourEntryAction, returnHourEntryAction } from "~/actions/supervision";
import { FORMAT_LABELS, formatMinutes } from "~/lib/supervision-words";

type Entry = RouterOutputs["hours"]["queue"][number];

export function CosignQueue({ entries }: { entries: Entry[] }) {
  const router = useRouter();
  const [returning, setReturning] = useState<Entry | null>(null);
  const [comment, setComment] = useState("");
  const approve = useAction(approveHourEntryAction, { onSuccess: () => router.refresh() });
  const giveBack = useAction(returnHourEntryAction, {
    onSuccess: () => {
      setReturning(null);
      setComment("");
      router.refresh();
    },
  });
  return (
    <>
      {approve.error ? <Alert tone="error">{approve.error.message}</Alert> : null}
      <ul className="space-y-2">
        {entries.map((e) => (
          <li
            key={e.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border px-4 py-3"
          >
            <span>
              <span className="font-medium">{e.superviseeName}</span> · {e.date} ·{" "}
              {e.kind === "individual" ? "Individual" : "Group"} · {formatMinutes(e.minutes)} ·{" "}
              {FORMAT_LABELS[e.format]}
              <span className="block text-sm text-muted-foreground">
                {e.fromSession ? "From a session you recorded" : "Logged by hand"}
                {e.topic ? ` · ${e.topic}` : ""}
              </span>
            </span>
            <span className="flex gap-2">
              <Button
                size="sm"
                disabled={approve.isPending}
                onClick={() => approve.mutate({ id: e.id })}
                aria-label={`Sign ${e.superviseeName}'s ${formatMinutes(e.minutes)} on ${e.date}`}
              >
                Sign
              </Button>
              <Button
                size="sm"
                variant="outline"
                onClick={() => {
                  giveBack.reset();
                  setReturning(e);
                }}
                aria-label={`Return ${e.superviseeName}'s entry of ${e.date}`}
              >
                Return
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <Dialog open={returning !== null} onOpenChange={(open) => !open && setReturning(null)}>
        <DialogContent>
          <form
            className="space-y-3"
            onSubmit={(ev) => {
              ev.preventDefault();
              if (returning) giveBack.mutate({ id: returning.id, comment });
            }}
          >
            <DialogTitle>Return this entry?</DialogTitle>
            <DialogDescription>
              {returning?.superviseeName} sees your comment and can correct the entry.
            </DialogDescription>
            <label htmlFor="return-comment" className="block text-sm font-medium">
              What should be corrected?
            </label>
            <textarea
              id="return-comment"
              value={comment}
              onChange={(ev) => setComment(ev.target.value)}
              rows={2}
              maxLength={500}
              required
              className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm"
            />
            {giveBack.error ? <Alert tone="error">{giveBack.error.message}</Alert> : null}
            <DialogFooter>
              <DialogClose className={buttonVariants({ variant: "ghost" })}>Cancel</DialogClose>
              <button type="submit" className={buttonVariants({})} disabled={giveBack.isPending}>
                {giveBack.isPending ? "Returning…" : "Return with comment"}
              </button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
