"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { describeError, useTRPC } from "@tend/api/client";
import { Alert, Button, EmptyState, Label } from "@tend/ui";

import { Dialog } from "~/components/confirm-dialog";

type Data = RouterOutputs["selfCheck"]["get"];

/** Consent to share this one result with one supervisor, and a way to stop at any time. */
export function ShareSection({
  responseId,
  shares,
  supervisors,
}: {
  responseId: string;
  shares: Data["shares"];
  supervisors: Data["supervisors"];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const available = supervisors.filter(
    (s) => !shares.some((sh) => sh.supervisorMembershipId === s.membershipId),
  );
  const [open, setOpen] = useState(false);
  const [supervisorId, setSupervisorId] = useState<string>("");
  const [consent, setConsent] = useState(false);
  const [revoking, setRevoking] = useState<Data["shares"][number] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const share = useMutation(
    trpc.share.create.mutationOptions({
      onSuccess: ({ supervisorName }) => {
        setOpen(false);
        setNotice(`Shared with ${supervisorName}. You can stop sharing at any time.`);
        router.refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.share.revoke.mutationOptions({
      onSuccess: () => {
        setNotice(
          `Sharing stopped. ${revoking?.supervisorName ?? "Your supervisor"} can no longer see this result.`,
        );
        setRevoking(null);
        router.refresh();
      },
    }),
  );
  const chosen =
    supervisors.find((s) => s.membershipId === supervisorId) ??
    (available.length === 1 ? available[0] : undefined);

  return (
    <section id="share" aria-labelledby={`${id}-title`} className="space-y-3 scroll-mt-8">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Share with a supervisor
      </h2>
      <p className="text-sm text-muted-foreground">
        Your supervisors never see your self-checks unless you share one. Sharing shows one
        supervisor this one result — the scores and bands, not your answers — until you stop
        sharing.
      </p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}

      {shares.length > 0 ? (
        <ul className="space-y-2">
          {shares.map((s) => (
            <li
              key={s.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border bg-card px-4 py-3"
            >
              <span>
                Shared with <strong>{s.supervisorName}</strong>
              </span>
              <Button variant="outline" size="sm" onClick={() => setRevoking(s)}>
                Stop sharing with {s.supervisorName}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}

      {supervisors.length === 0 ? (
        <EmptyState title="No supervisor is recorded for you">
          Your administrator can add one.
        </EmptyState>
      ) : available.length > 0 ? (
        <Button
          variant="secondary"
          onClick={() => {
            setConsent(false);
            setSupervisorId(available.length === 1 ? (available[0]?.membershipId ?? "") : "");
            share.reset();
            setOpen(true);
          }}
        >
          Share this result…
        </Button>
      ) : null}

      <Dialog open={open} onClose={() => setOpen(false)} title="Share this result?">
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen && consent)
              share.mutate({ responseId, supervisorMembershipId: chosen.membershipId });
          }}
        >
          {available.length > 1 ? (
            <fieldset>
              <legend className="mb-2 text-sm font-medium">Share with</legend>
              {available.map((s) => (
                <label key={s.membershipId} className="flex items-center gap-2 py-1 text-sm">
                  <input
                    type="radio"
                    name="supervisor"
                    value={s.membershipId}
                    checked={supervisorId === s.membershipId}
                    onChange={() => setSupervisorId(s.membershipId)}
                  />
                  {s.name}
                </label>
              ))}
            </fieldset>
          ) : (
            <p className="text-sm">
              You are about to share this result with <strong>{chosen?.name}</strong>.
            </p>
          )}
          <ul className="list-disc space-y-1 pl-5 text-sm text-muted-foreground">
            <li>
              They will see the scores, bands and date of this one result, and nothing else. A pulse
              has one score per question, so for a pulse they see those.
            </li>
            <li>Nobody else can see it. Your administrator never can.</li>
            <li>You can stop sharing at any time; their access ends at once.</li>
          </ul>
          <div className="flex items-start gap-2">
            <input
              id={`${id}-consent`}
              type="checkbox"
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
              className="mt-1"
            />
            <Label htmlFor={`${id}-consent`} className="font-normal leading-snug">
              I choose to share this result with {chosen?.name ?? "the supervisor I picked"}.
            </Label>
          </div>
          {share.error ? <Alert tone="error">{describeError(share.error).message}</Alert> : null}
          <div className="flex justify-end gap-3">
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={!chosen || !consent || share.isPending}>
              {share.isPending ? "Sharing…" : "Share result"}
            </Button>
          </div>
        </form>
      </Dialog>

      <Dialog open={revoking !== null} onClose={() => setRevoking(null)} title="Stop sharing?">
        <p className="text-sm">
          {revoking?.supervisorName} will no longer be able to see this result.
        </p>
        {revoke.error ? <Alert tone="error">{describeError(revoke.error).message}</Alert> : null}
        <div className="flex justify-end gap-3">
          <Button type="button" variant="ghost" onClick={() => setRevoking(null)}>
            Keep sharing
          </Button>
          <Button
            type="button"
            variant="destructive"
            disabled={revoke.isPending}
            onClick={() => revoking && revoke.mutate({ shareId: revoking.id })}
          >
            {revoke.isPending ? "Stopping…" : "Stop sharing"}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
