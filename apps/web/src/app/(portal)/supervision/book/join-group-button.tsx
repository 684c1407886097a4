"use client";

import { useRouter } from "next/navigation";

import { useAction } from "@tend/nextjs/use-action";
import { Button } from "@tend/ui";

import { joinGroupAction } from "~/actions/supervision";

/** Takes a seat in a group case discussion, or a place on its waitlist when it is full. */
export function JoinGroupButton({ sessionId, full }: { sessionId: string; full: boolean }) {
  const router = useRouter();
  const join = useAction(joinGroupAction, {
    onSuccess: () => router.push(`/supervision/sessions/${sessionId}`),
  });
  return (
    <span className="flex flex-col items-end gap-1">
      <Button
        size="sm"
        variant={full ? "outline" : "default"}
        disabled={join.isPending}
        onClick={() => join.mutate({ sessionId })}
      >
        {join.isPending ? "Joining…" : full ? "Join the waitlist" : "Take a seat"}
      </Button>
      {join.error ? (
        <span role="alert" className="text-sm text-destructive">
          {join.error.message}
        </span>
      ) : null}
    </span>
  );
}
