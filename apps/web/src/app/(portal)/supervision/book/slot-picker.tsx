"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, buttonVariants, EmptyState } from "@tend/ui";

import { bookAction } from "~/actions/supervision";

interface Slot {
  start: Date;
  end: Date;
}

// The browser's own Intl formats the times: no date library is sent for this.
const day = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
  }).format(d);
const clock = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);

/**
 * The offered times, day by day; choosing one books it. A time taken a moment ago answers with
 * the message and that week's fresh times, shown in place of the old ones.
 */
export function SlotPicker({
  sessionTypeId,
  slots: initial,
  timeZone,
  supervisorTimeZone,
}: {
  sessionTypeId: string;
  slots: Slot[];
  timeZone: string;
  supervisorTimeZone: string;
}) {
  const router = useRouter();
  const [slots, setSlots] = useState(initial);
  const [taken, setTaken] = useState<string | null>(null);
  const [choosing, setChoosing] = useState<number | null>(null);
  const book = useAction(bookAction, {
    onSuccess: (result) => {
      if (result.status === "booked") {
        router.push(`/supervision/sessions/${result.sessionId}?booked=1`);
        return;
      }
      setTaken(result.message);
      setSlots(result.slots);
      setChoosing(null);
    },
    onError: () => setChoosing(null),
  });
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const key = day(slot.start, timeZone);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }
  const otherZone = supervisorTimeZone !== timeZone;
  return (
    <div className="space-y-4">
      {taken ? <Alert tone="error">{taken}</Alert> : null}
      {book.error ? <Alert tone="error">{book.error.message}</Alert> : null}
      {days.size === 0 ? (
        <EmptyState title="No free times in these two weeks">Try later dates.</EmptyState>
      ) : (
        [...days.entries()].map(([label, daySlots]) => (
          <section key={label} aria-label={label} className="space-y-2">
            <h3 className="text-sm font-medium">{label}</h3>
            <ul className="flex flex-wrap gap-2">
              {daySlots.map((slot) => {
                const t = slot.start.getTime();
                return (
                  <li key={t}>
                    <button
                      type="button"
                      className={buttonVariants({ variant: "outline", size: "sm" })}
                      disabled={book.isPending}
                      aria-label={`Book ${label} at ${clock(slot.start, timeZone)}`}
                      onClick={() => {
                        setChoosing(t);
                        setTaken(null);
                        book.mutate({ sessionTypeId, startsAt: slot.start });
                      }}
                    >
                      {choosing === t ? "Booking…" : clock(slot.start, timeZone)}
                      {otherZone ? (
                        <span className="ml-1 text-xs text-muted-foreground">
                          ({clock(slot.start, supervisorTimeZone)} theirs)
                        </span>
                      ) : null}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
