"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import type { MuteDays } from "@tend/groups";
import { MUTE_DAYS } from "@tend/groups";
import { useAction } from "@tend/nextjs/use-action";
import { Button, Label, Select } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { muteMemberAction, reviewPostAction } from "~/actions/groups";
import { ActionError } from "~/components/action-error";

/** Restore a flagged post for every member, or remove it (after a confirmation). */
export function ReviewActions({ groupId, postId }: { groupId: string; postId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const review = useAction(reviewPostAction, {
    onSuccess: () => {
      setConfirming(false);
      router.refresh();
    },
  });
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          disabled={review.isPending}
          onClick={() => review.mutate({ groupId, postId, decision: "restore" })}
        >
          Restore
        </Button>
        <Button
          size="sm"
          variant="outline"
          disabled={review.isPending}
          onClick={() => setConfirming(true)}
        >
          Remove
        </Button>
      </div>
      {!confirming ? <ActionError message={review.error?.message} /> : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Remove this post?"
        description="Nobody in the group will read it again. Its author is told that a facilitator removed it; the removal is recorded in the audit log."
        confirmLabel="Remove the post"
        pendingLabel="Removing…"
        cancelLabel="Keep reviewing"
        pending={review.isPending}
        error={review.error?.message}
        onConfirm={() => review.mutate({ groupId, postId, decision: "remove" })}
      />
    </div>
  );
}

/** Pause a member's posting for a while; they are told until when. */
export function MuteAuthor({
  groupId,
  membershipId,
  name,
}: {
  groupId: string;
  membershipId: string;
  name: string;
}) {
  const router = useRouter();
  const id = useId();
  const [days, setDays] = useState<MuteDays>(7);
  const [paused, setPaused] = useState(false);
  const mute = useAction(muteMemberAction, {
    onSuccess: () => {
      setPaused(true);
      router.refresh();
    },
  });
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <Label htmlFor={id}>Pause {name}&apos;s posting for</Label>
          <Select
            id={id}
            value={String(days)}
            onChange={(e) => {
              const chosen = MUTE_DAYS.find((d) => String(d) === e.target.value);
              if (chosen) setDays(chosen);
            }}
          >
            {MUTE_DAYS.map((d) => (
              <option key={d} value={d}>
                {d === 1 ? "1 day" : `${d} days`}
              </option>
            ))}
          </Select>
        </div>
        <Button
          size="sm"
          variant="outline"
          disabled={mute.isPending}
          onClick={() => mute.mutate({ groupId, membershipId, days })}
        >
          Pause posting
        </Button>
      </div>
      {mute.error ? <ActionError message={mute.error.message} /> : null}
      {paused && !mute.error && !mute.isPending ? (
        <p role="status" className="text-sm text-muted-foreground">
          Posting paused. They have been told until when.
        </p>
      ) : null}
    </div>
  );
}
