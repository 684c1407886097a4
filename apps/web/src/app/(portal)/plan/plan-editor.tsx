"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { describeError, useTRPC } from "@tend/api/client";
import { STRATEGIES } from "@tend/instruments";
import {
  Alert,
  Button,
  Card,
  CardDescription,
  EmptyState,
  FieldError,
  Input,
  Label,
} from "@tend/ui";

import { Dialog } from "~/components/confirm-dialog";

type Plan = RouterOutputs["plan"]["get"];
type Commitment = Plan["commitments"][number];
type StrategyId = Commitment["strategy"];

const PROMPTS: Record<StrategyId, string> = {
  boundaries: "e.g. No work email after 6 pm",
  "self-care": "e.g. A 20-minute walk at lunch",
  "supervision-peer-support": "e.g. Bring one hard case to supervision each month",
  "professional-development": "e.g. Finish the trauma-informed care module",
  "support-outside-work": "e.g. Call my sister on Sundays",
};

export function PlanEditor({
  plan,
  hours,
  reviewing,
}: {
  plan: Plan;
  hours: { working: string; quiet: string } | null;
  reviewing: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [reviewed, setReviewed] = useState(false);
  const markReviewed = useMutation(
    trpc.plan.markReviewed.mutationOptions({
      onSuccess: () => {
        setReviewed(true);
        router.refresh();
      },
    }),
  );

  return (
    <div className="space-y-6">
      {reviewing ? (
        <Alert
          tone={reviewed ? "success" : "info"}
          className="flex flex-wrap items-center justify-between gap-3"
        >
          <span>
            {reviewed
              ? "Thank you — your review is noted."
              : "You have just taken a check. Is each commitment below still right for you? Change what no longer fits."}
          </span>
          {reviewed ? null : (
            <Button
              size="sm"
              onClick={() => markReviewed.mutate()}
              disabled={markReviewed.isPending}
            >
              I have reviewed my plan
            </Button>
          )}
        </Alert>
      ) : null}
      {STRATEGIES.map((strategy) => (
        <Card
          key={strategy.id}
          id={strategy.id}
          aria-labelledby={`${strategy.id}-title`}
          className="scroll-mt-8 space-y-4"
        >
          <div>
            <h2 id={`${strategy.id}-title`} className="text-lg font-semibold tracking-tight">
              {strategy.name}
            </h2>
            <CardDescription>{strategy.description}</CardDescription>
          </div>
          {strategy.id === "boundaries" ? (
            <Boundaries hours={hours} ritual={plan.endOfDayRitual} />
          ) : null}
          <CommitmentList
            strategy={strategy.id}
            items={plan.commitments.filter((c) => c.strategy === strategy.id)}
          />
          <AddCommitment strategy={strategy.id} name={strategy.name} />
        </Card>
      ))}
    </div>
  );
}

function Boundaries({
  hours,
  ritual,
}: {
  hours: { working: string; quiet: string } | null;
  ritual: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(ritual);
  const save = useMutation(
    trpc.plan.setEndOfDayRitual.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="space-y-4 rounded-md bg-muted p-4">
      {hours ? (
        <p className="text-sm">
          Working hours <strong>{hours.working}</strong>; quiet hours <strong>{hours.quiet}</strong>
          : Tend sends nothing then.{" "}
          <Link href="/profile" className="text-primary underline">
            Change your hours
          </Link>
        </p>
      ) : null}
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ endOfDayRitual: value });
        }}
      >
        <Label htmlFor={`${id}-ritual`}>End-of-day ritual</Label>
        <textarea
          id={`${id}-ritual`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          rows={2}
          maxLength={500}
          placeholder="e.g. Write tomorrow's first task, close the laptop, walk around the block"
          className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm"
        />
        <div className="flex items-center gap-3">
          <Button
            type="submit"
            size="sm"
            variant="outline"
            disabled={save.isPending || value === ritual}
          >
            {save.isPending ? "Saving…" : "Save ritual"}
          </Button>
          <span aria-live="polite" className="text-sm text-muted-foreground">
            {save.isSuccess && value === ritual ? "Saved." : ""}
          </span>
          {save.error ? (
            <span role="alert" className="text-sm text-destructive">
              {describeError(save.error).message}
            </span>
          ) : null}
        </div>
      </form>
    </div>
  );
}

function CommitmentList({ strategy, items }: { strategy: StrategyId; items: Commitment[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Commitment | null>(null);
  const remove = useMutation(
    trpc.plan.removeCommitment.mutationOptions({
      onSuccess: () => {
        setRemoving(null);
        router.refresh();
      },
    }),
  );
  if (items.length === 0) {
    return (
      <EmptyState title="Nothing here yet">
        {strategy === "support-outside-work"
          ? "Who or what keeps you well outside work?"
          : "Add one small, specific commitment."}
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="space-y-2">
        {items.map((c) =>
          editing === c.id ? (
            <li key={c.id}>
              <EditCommitment commitment={c} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li
              key={c.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border px-4 py-3"
            >
              <span>
                {c.text}
                {c.frequency ? (
                  <span className="ml-2 text-sm text-muted-foreground">· {c.frequency}</span>
                ) : null}
              </span>
              <span className="flex gap-2">
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setEditing(c.id)}
                  aria-label={`Edit “${c.text}”`}
                >
                  Edit
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setRemoving(c)}
                  aria-label={`Remove “${c.text}”`}
                >
                  Remove
                </Button>
              </span>
            </li>
          ),
        )}
      </ul>
      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title="Remove this commitment?"
      >
        <p className="text-sm">“{removing?.text}” will be removed from your plan.</p>
        {remove.error ? <Alert tone="error">{describeError(remove.error).message}</Alert> : null}
        <div className="flex justify-end gap-3">
          <Button variant="ghost" onClick={() => setRemoving(null)}>
            Keep it
          </Button>
          <Button
            variant="destructive"
            disabled={remove.isPending}
            onClick={() => removing && remove.mutate({ id: removing.id })}
          >
            Remove
          </Button>
        </div>
      </Dialog>
    </>
  );
}

function CommitmentFields({
  id,
  text,
  frequency,
  setText,
  setFrequency,
  errors,
  placeholder,
}: {
  id: string;
  text: string;
  frequency: string;
  setText: (v: string) => void;
  setFrequency: (v: string) => void;
  errors: Record<string, string[] | undefined>;
  placeholder: string;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
      <div className="space-y-1">
        <Label htmlFor={`${id}-text`}>What you will do</Label>
        <Input
          id={`${id}-text`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={placeholder}
          maxLength={300}
          aria-invalid={Boolean(errors.text)}
          aria-describedby={errors.text ? `${id}-text-error` : undefined}
        />
        <FieldError id={`${id}-text-error`} messages={errors.text} />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-freq`}>How often (optional)</Label>
        <Input
          id={`${id}-freq`}
          value={frequency}
          onChange={(e) => setFrequency(e.target.value)}
          placeholder="e.g. weekly"
          maxLength={60}
        />
      </div>
    </div>
  );
}

function AddCommitment({ strategy, name }: { strategy: StrategyId; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState("");
  const [frequency, setFrequency] = useState("");
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const add = useMutation(
    trpc.plan.addCommitment.mutationOptions({
      onSuccess: () => {
        setText("");
        setFrequency("");
        setErrors({});
        router.refresh();
      },
      onError: (e) => setErrors(describeError(e).fieldErrors),
    }),
  );
  return (
    <form
      aria-label={`Add to ${name}`}
      className="space-y-3 border-t border-border pt-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) {
          setErrors({ text: ["Write what you will do."] });
          return;
        }
        add.mutate({ strategy, text, frequency });
      }}
    >
      <CommitmentFields
        id={id}
        text={text}
        frequency={frequency}
        setText={setText}
        setFrequency={setFrequency}
        errors={errors}
        placeholder={PROMPTS[strategy]}
      />
      <Button type="submit" size="sm" disabled={add.isPending}>
        {add.isPending ? "Adding…" : "Add commitment"}
      </Button>
    </form>
  );
}

function EditCommitment({ commitment, onDone }: { commitment: Commitment; onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState(commitment.text);
  const [frequency, setFrequency] = useState(commitment.frequency ?? "");
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const update = useMutation(
    trpc.plan.updateCommitment.mutationOptions({
      onSuccess: () => {
        onDone();
        router.refresh();
      },
      onError: (e) => setErrors(describeError(e).fieldErrors),
    }),
  );
  return (
    <form
      className="space-y-3 rounded-md border border-primary/40 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ id: commitment.id, text, frequency });
      }}
    >
      <CommitmentFields
        id={id}
        text={text}
        frequency={frequency}
        setText={setText}
        setFrequency={setFrequency}
        errors={errors}
        placeholder={PROMPTS[commitment.strategy]}
      />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={update.isPending}>
          Save
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
