"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Button } from "@tend/ui";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
} from "@tend/ui/dialog";

import {
  decideGroupRequestAction,
  leaveGroupAction,
  removeFromGroupAction,
} from "~/actions/groups";
import { ActionError } from "~/components/action-error";

/** Admit or decline someone who asked to join. */
export function RequestDecision({
  groupId,
  membershipId,
  name,
}: {
  groupId: string;
  membershipId: string;
  name: string;
}) {
  const router = useRouter();
  const decide = useAction(decideGroupRequestAction, { onSuccess: () => router.refresh() });
  return (
    <span className="flex flex-col items-end gap-1">
      <span className="flex gap-2">
        <Button
          size="sm"
          disabled={decide.isPending}
          aria-label={`Admit ${name}`}
          onClick={() => decide.mutate({ groupId, membershipId, admit: true })}
        >
          Admit
        </Button>
        <Button
          size="sm"
          variant="outline"
          disabled={decide.isPending}
          aria-label={`Decline ${name}`}
          onClick={() => decide.mutate({ groupId, membershipId, admit: false })}
        >
          Decline
        </Button>
      </span>
      <ActionError message={decide.error?.message} />
    </span>
  );
}

/** A confirmation dialog around one destructive action. */
function Confirmed({
  trigger,
  triggerName,
  title,
  description,
  confirm,
  pending,
  onConfirm,
  error,
}: {
  trigger: string;
  /** The trigger's accessible name when its text alone is ambiguous ("Remove" in a list). */
  triggerName?: string;
  title: string;
  description: string;
  confirm: string;
  pending: boolean;
  onConfirm: () => void;
  error: string | undefined;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="outline" aria-label={triggerName} onClick={() => setOpen(true)}>
        {trigger}
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
          <ActionError message={error} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Keep it as it is</Button>
            </DialogClose>
            <Button variant="destructive" disabled={pending} onClick={onConfirm}>
              {pending ? "One moment…" : confirm}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}

/** A facilitator removes a member, who loses access at once. */
export function RemoveMember({
  groupId,
  membershipId,
  name,
}: {
  groupId: string;
  membershipId: string;
  name: string;
}) {
  const router = useRouter();
  const remove = useAction(removeFromGroupAction, { onSuccess: () => router.refresh() });
  return (
    <Confirmed
      trigger="Remove"
      triggerName={`Remove ${name}`}
      title={`Remove ${name} from the group?`}
      description="They lose access to the group at once and can come back only if a facilitator invites them again. The removal is recorded in the audit log."
      confirm="Remove from the group"
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ groupId, membershipId })}
      error={remove.error?.message}
    />
  );
}

const LEAVING = {
  member: {
    trigger: "Leave the group",
    title: "Leave this group?",
    description:
      "You stop seeing its members. You can join again later if the group has room (or ask again, or be invited, depending on the group).",
    confirm: "Leave the group",
  },
  request: {
    trigger: "Withdraw my request",
    title: "Withdraw your request?",
    description: "The facilitators will no longer see it. You can ask again later.",
    confirm: "Withdraw the request",
  },
  invitation: {
    trigger: "Decline the invitation",
    title: "Decline the invitation?",
    description: "You will not be asked again unless a facilitator invites you anew.",
    confirm: "Decline",
  },
} as const;

/** Leaving the group, withdrawing a request to join, or declining an invitation. */
export function LeaveGroup({ groupId, kind }: { groupId: string; kind: keyof typeof LEAVING }) {
  const router = useRouter();
  const leave = useAction(leaveGroupAction, { onSuccess: () => router.push("/groups") });
  return (
    <Confirmed
      {...LEAVING[kind]}
      pending={leave.isPending}
      onConfirm={() => leave.mutate({ groupId })}
      error={leave.error?.message}
    />
  );
}
