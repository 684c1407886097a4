"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import type { RouterInputs, RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, EmptyState } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
} from "@tend/ui/dialog";
import {
  Form,
  FormControl,
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
  setServerErrors,
} from "@tend/ui/form";

import { shareResultAction, stopSharingAction } from "~/actions/self-check";

type Data = RouterOutputs["selfCheck"]["get"];

/** `share.create`'s input, plus the consent the person gives by ticking the box. */
type Values = RouterInputs["share"]["create"] & { consent: boolean };

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
  const router = useRouter();
  const id = useId();
  const available = supervisors.filter(
    (s) => !shares.some((sh) => sh.supervisorMembershipId === s.membershipId),
  );
  const [open, setOpen] = useState(false);
  const [revoking, setRevoking] = useState<Data["shares"][number] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const form = useForm<Values>({
    defaultValues: { responseId, supervisorMembershipId: "", note: "", consent: false },
  });
  const [supervisorId, consent] = useWatch({
    control: form.control,
    name: ["supervisorMembershipId", "consent"],
  });

  const share = useAction(shareResultAction, {
    onSuccess: ({ supervisorName }) => {
      setOpen(false);
      setNotice(`Shared with ${supervisorName}. You can stop sharing at any time.`);
      router.refresh();
    },
    onError: ({ message, fieldErrors }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  });
  const revoke = useAction(stopSharingAction, {
    onSuccess: () => {
      setNotice(
        `Sharing stopped. ${revoking?.supervisorName ?? "Your supervisor"} can no longer see this result.`,
      );
      setRevoking(null);
      router.refresh();
    },
  });
  const chosen = supervisors.find((s) => s.membershipId === supervisorId);
  const rootError = form.formState.errors.root?.server?.message;

  return (
    <section id="share" aria-labelledby={`${id}-title`} className="scroll-mt-8 space-y-3">
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
              <Button
                variant="outline"
                size="sm"
                onClick={() => {
                  revoke.reset();
                  setRevoking(s);
                }}
              >
                Stop sharing with {s.supervisorName}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}

      {supervisors.length === 0 ? (
        <EmptyState title="No supervisor is recorded for you">
          Once a supervisor is recorded for you, you can share a result with them here.
        </EmptyState>
      ) : available.length > 0 ? (
        <Button
          variant="secondary"
          onClick={() => {
            form.reset({
              responseId,
              supervisorMembershipId:
                available.length === 1 ? (available[0]?.membershipId ?? "") : "",
              note: "",
              consent: false,
            });
            share.reset();
            setOpen(true);
          }}
        >
          Share this result…
        </Button>
      ) : null}

      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent
          // With a choice of supervisors the dialog has no one-line description.
          {...(available.length > 1 ? { "aria-describedby": undefined } : {})}
        >
          <DialogTitle>Share this result?</DialogTitle>
          <Form {...form}>
            <form
              className="space-y-4"
              noValidate
              onSubmit={form.handleSubmit(({ consent: given, ...input }) => {
                if (given) share.mutate(input);
                else form.setError("consent", { message: "Tick the box to share." });
              })}
            >
              {available.length > 1 ? (
                <FormField
                  control={form.control}
                  name="supervisorMembershipId"
                  render={({ field, fieldState }) => (
                    <fieldset aria-invalid={Boolean(fieldState.error)}>
                      <legend className="mb-2 text-sm font-medium">Share with</legend>
                      {available.map((s, i) => (
                        <label
                          key={s.membershipId}
                          className="flex items-center gap-2 py-1 text-sm"
                        >
                          <input
                            type="radio"
                            name={field.name}
                            value={s.membershipId}
                            checked={field.value === s.membershipId}
                            onChange={() => field.onChange(s.membershipId)}
                            onBlur={field.onBlur}
                            ref={i === 0 ? field.ref : undefined}
                          />
                          {s.name}
                        </label>
                      ))}
                      {fieldState.error ? (
                        <p className="text-sm text-destructive">{fieldState.error.message}</p>
                      ) : null}
                    </fieldset>
                  )}
                />
              ) : (
                <DialogDescription>
                  You are about to share this result with <strong>{chosen?.name}</strong>.
                </DialogDescription>
              )}
              <ul className="list-disc space-y-1 pl-5 text-sm text-muted-foreground">
                <li>
                  They will see the scores, bands and date of this one result, and nothing else. A
                  pulse has one score per question, so for a pulse they see those.
                </li>
                <li>Nobody else can see it. Your administrator never can.</li>
                <li>You can stop sharing at any time; their access ends at once.</li>
              </ul>
              <FormField
                control={form.control}
                name="note"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Note for your supervisor (optional)</FormLabel>
                    <FormControl>
                      <textarea
                        {...field}
                        value={field.value ?? ""}
                        rows={3}
                        maxLength={500}
                        placeholder="e.g. Could we talk about this at our next supervision?"
                        className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none aria-[invalid=true]:border-destructive"
                      />
                    </FormControl>
                    <FormDescription>
                      {chosen?.name ?? "Your supervisor"} will see this note with the result. Up to
                      500 characters.
                    </FormDescription>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="consent"
                render={({ field: { value, onChange, ...field } }) => (
                  <FormItem className="flex items-start gap-2 space-y-0">
                    <FormControl>
                      <input
                        type="checkbox"
                        {...field}
                        checked={value}
                        onChange={(e) => onChange(e.target.checked)}
                        className="mt-1"
                      />
                    </FormControl>
                    <FormLabel className="leading-snug font-normal">
                      I choose to share this result with {chosen?.name ?? "the supervisor I picked"}
                      .
                    </FormLabel>
                  </FormItem>
                )}
              />
              {rootError ? <Alert tone="error">{rootError}</Alert> : null}
              <DialogFooter>
                <DialogClose asChild>
                  <Button type="button" variant="ghost">
                    Cancel
                  </Button>
                </DialogClose>
                <Button type="submit" disabled={!chosen || !consent || share.isPending}>
                  {share.isPending ? "Sharing…" : "Share result"}
                </Button>
              </DialogFooter>
            </form>
          </Form>
        </DialogContent>
      </Dialog>

      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) setRevoking(null);
        }}
        title="Stop sharing?"
        description={`${revoking?.supervisorName ?? "Your supervisor"} will no longer be able to see this result.`}
        confirmLabel="Stop sharing"
        pendingLabel="Stopping…"
        cancelLabel="Keep sharing"
        pending={revoke.isPending}
        error={revoke.error ? revoke.error.message : null}
        onConfirm={() => {
          if (revoking) revoke.mutate({ shareId: revoking.id });
        }}
      />
    </section>
  );
}
