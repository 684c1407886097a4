"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm, useFormContext } from "react-hook-form";

import type { RouterInputs, RouterOutputs } from "@tend/api";
import type { Strategy } from "@tend/instruments";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, CardDescription, EmptyState, Input } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";
import {
  Form,
  FormControl,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
  setServerErrors,
} from "@tend/ui/form";

import {
  addCommitmentAction,
  markCommitmentDoneAction,
  markReviewedAction,
  removeCommitmentAction,
  setEndOfDayRitualAction,
  updateCommitmentAction,
} from "~/actions/plan";
import { dayText } from "~/lib/development";
import { useUnsavedWarning } from "~/lib/use-unsaved-warning";

type Plan = RouterOutputs["plan"]["get"];
type Input = RouterInputs["plan"];
type Commitment = Plan["commitments"][number];
type StrategyId = Commitment["strategy"];

const PROMPTS: Record<StrategyId, string> = {
  boundaries: "e.g. No work email after 6 pm",
  "self-care": "e.g. A 20-minute walk at lunch",
  "supervision-peer-support": "e.g. Bring one hard case to supervision each month",
  "professional-development": "e.g. Finish the trauma-informed care module",
  "support-outside-work": "e.g. Call my sister on Sundays",
};

interface PlanEditorGoal {
  id: string;
  title: string;
  dueOn: string | null;
  completedAt: Date | null;
}

/** The plan, strategy by strategy (`strategies` comes from the page, so the instruments stay on the server). */
export function PlanEditor({
  strategies,
  plan,
  hours,
  goals,
  reviewing,
  today,
}: {
  strategies: readonly Strategy[];
  plan: Plan;
  hours: { working: string; quiet: string } | null;
  /** Development goals, listed under professional development. */
  goals: PlanEditorGoal[];
  reviewing: boolean;
  /** Today on the person's own calendar (YYYY-MM-DD), for "done today". */
  today: string;
}) {
  const router = useRouter();
  const [reviewed, setReviewed] = useState(false);
  const markReviewed = useAction(markReviewedAction, {
    onSuccess: () => {
      setReviewed(true);
      router.refresh();
    },
  });

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
      {strategies.map((strategy) => (
        <Card
          key={strategy.id}
          id={strategy.id}
          aria-labelledby={`${strategy.id}-title`}
          className="scroll-mt-8 space-y-4"
        >
          <div>
            <h2
              id={`${strategy.id}-title`}
              tabIndex={-1}
              className="text-lg font-semibold tracking-tight focus:outline-none"
            >
              {strategy.name}
            </h2>
            <CardDescription>{strategy.description}</CardDescription>
          </div>
          {strategy.id === "boundaries" ? (
            <Boundaries hours={hours} ritual={plan.endOfDayRitual} />
          ) : null}
          {strategy.id === "professional-development" ? <GoalSummary goals={goals} /> : null}
          <CommitmentList
            today={today}
            strategy={strategy.id}
            items={plan.commitments.filter((c) => c.strategy === strategy.id)}
          />
          <AddCommitment
            strategy={strategy.id}
            name={strategy.name}
            // What the plan holds already is not suggested again.
            suggestions={strategy.suggestions.filter(
              (idea) =>
                !plan.commitments.some((c) => c.text.trim().toLowerCase() === idea.toLowerCase()),
            )}
          />
        </Card>
      ))}
    </div>
  );
}

/** The development goals, as the plan lists them; they are set on the development page. */
function GoalSummary({ goals }: { goals: PlanEditorGoal[] }) {
  const open = goals.filter((g) => g.completedAt === null);
  return (
    <div className="space-y-2 rounded-md border border-border p-4">
      <h3 className="text-sm font-medium">Development goals</h3>
      {open.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {open.map((g) => (
            <li key={g.id}>
              {g.title}
              {g.dueOn ? (
                <span className="text-muted-foreground"> · by {dayText(g.dueOn)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">No open goals.</p>
      )}
      <Link
        href="/development#goals-title"
        className="text-sm font-medium text-primary underline underline-offset-4"
      >
        Set and update goals on your development page
      </Link>
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
  const router = useRouter();
  const form = useForm<Input["setEndOfDayRitual"]>({
    defaultValues: { endOfDayRitual: ritual },
  });
  const save = useAction(setEndOfDayRitualAction, {
    onSuccess: (_data, values) => {
      form.reset(values);
      router.refresh();
    },
    onError: ({ message, fieldErrors }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  });
  const dirty = form.formState.isDirty;
  useUnsavedWarning(dirty);
  const rootError = form.formState.errors.root?.server?.message;
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
      <Form {...form}>
        <form
          className="space-y-2"
          onSubmit={form.handleSubmit((values) => save.mutate(values))}
          noValidate
        >
          <FormField
            control={form.control}
            name="endOfDayRitual"
            render={({ field }) => (
              <FormItem>
                <FormLabel>End-of-day ritual</FormLabel>
                <FormControl>
                  <textarea
                    {...field}
                    rows={2}
                    maxLength={500}
                    placeholder="e.g. Write tomorrow's first task, close the laptop, walk around the block"
                    className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none aria-[invalid=true]:border-destructive"
                  />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <div className="flex items-center gap-3">
            <Button type="submit" size="sm" variant="outline" disabled={save.isPending || !dirty}>
              {save.isPending ? "Saving…" : "Save ritual"}
            </Button>
            <span aria-live="polite" className="text-sm text-muted-foreground">
              {save.isSuccess && !dirty ? "Saved." : ""}
            </span>
            {rootError ? (
              <span role="alert" className="text-sm text-destructive">
                {rootError}
              </span>
            ) : null}
          </div>
        </form>
      </Form>
    </div>
  );
}

/** "Done today" for one commitment, and the last days it was done. */
function DoneToday({ commitment, today }: { commitment: Commitment; today: string }) {
  const router = useRouter();
  const doneToday = commitment.doneOn.includes(today);
  const mark = useAction(markCommitmentDoneAction, { onSuccess: () => router.refresh() });
  const history = commitment.doneOn.filter((day) => day !== today);
  return (
    <span className="flex flex-wrap items-center gap-2 text-sm">
      <Button
        size="sm"
        variant={doneToday ? "secondary" : "outline"}
        aria-pressed={doneToday}
        // Not `disabled`: that would take the focus away from the button just pressed.
        aria-disabled={mark.isPending}
        onClick={() => {
          if (!mark.isPending) mark.mutate({ id: commitment.id, done: !doneToday });
        }}
        aria-label={`Done today: “${commitment.text}”`}
      >
        {doneToday ? "✓ Done today" : "Done today"}
      </Button>
      {history.length > 0 ? (
        <span className="text-muted-foreground">
          Also done {history.map((day) => dayText(day)).join(", ")}
        </span>
      ) : null}
      {mark.error ? (
        <span role="alert" className="text-destructive">
          {mark.error.message}
        </span>
      ) : null}
    </span>
  );
}

function CommitmentList({
  strategy,
  items,
  today,
}: {
  strategy: StrategyId;
  items: Commitment[];
  today: string;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Commitment | null>(null);
  // Where focus goes once the list has changed: back to an Edit button, or to the section.
  const [focusEdit, setFocusEdit] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    if (focusEdit === null) return;
    editButtons.current.get(focusEdit)?.focus();
    setFocusEdit(null);
  }, [focusEdit, editing]);
  useEffect(() => {
    if (removed === null || items.some((c) => c.id === removed)) return;
    document.getElementById(`${strategy}-title`)?.focus();
    setRemoved(null);
  }, [removed, items, strategy]);
  const remove = useAction(removeCommitmentAction, {
    onSuccess: (_data, { id }) => {
      setRemoving(null);
      setRemoved(id);
      router.refresh();
    },
  });
  const doneEditing = (id: string) => {
    setEditing(null);
    setFocusEdit(id);
  };
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
              <EditCommitment commitment={c} onDone={() => doneEditing(c.id)} />
            </li>
          ) : (
            <li
              key={c.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border px-4 py-3"
            >
              <span className="min-w-0 space-y-2">
                <span className="block break-words">
                  {c.text}
                  {c.frequency ? (
                    <span className="ml-2 text-sm text-muted-foreground">· {c.frequency}</span>
                  ) : null}
                </span>
                <DoneToday commitment={c} today={today} />
              </span>
              <span className="flex gap-2">
                <Button
                  ref={(button) => {
                    if (button) editButtons.current.set(c.id, button);
                    else editButtons.current.delete(c.id);
                  }}
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
                  onClick={() => {
                    remove.reset();
                    setRemoving(c);
                  }}
                  aria-label={`Remove “${c.text}”`}
                >
                  Remove
                </Button>
              </span>
            </li>
          ),
        )}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title="Remove this commitment?"
        description={`“${removing?.text ?? ""}” will be removed from your plan.`}
        confirmLabel="Remove"
        pendingLabel="Removing…"
        cancelLabel="Keep it"
        pending={remove.isPending}
        error={remove.error ? remove.error.message : null}
        onConfirm={() => {
          if (removing) remove.mutate({ id: removing.id });
        }}
      />
    </>
  );
}

/** The two fields an added or edited commitment shares; inside a <Form> of either schema. */
interface CommitmentFieldValues {
  text: string;
  frequency?: string | null | undefined;
}

function CommitmentFields({ placeholder }: { placeholder: string }) {
  const { control } = useFormContext<CommitmentFieldValues>();
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
      <FormField
        control={control}
        name="text"
        render={({ field }) => (
          <FormItem className="space-y-1">
            <FormLabel>What you will do</FormLabel>
            <FormControl>
              <Input {...field} placeholder={placeholder} maxLength={300} />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={control}
        name="frequency"
        render={({ field }) => (
          <FormItem className="space-y-1">
            <FormLabel>How often (optional)</FormLabel>
            <FormControl>
              <Input
                {...field}
                value={field.value ?? ""}
                placeholder="e.g. weekly"
                maxLength={60}
              />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
    </div>
  );
}

function AddCommitment({
  strategy,
  name,
  suggestions,
}: {
  strategy: StrategyId;
  name: string;
  suggestions: readonly string[];
}) {
  const router = useRouter();
  const form = useForm<Input["addCommitment"]>({
    defaultValues: { strategy, text: "", frequency: "" },
  });
  // The last addition's words, and how many there have been (the same words twice still count).
  const [added, setAdded] = useState({ message: "", count: 0 });
  useUnsavedWarning(form.formState.isDirty);
  // Once an addition has rendered, the field takes focus again, ready for the next one.
  const { setFocus } = form;
  useEffect(() => {
    if (added.count > 0) setFocus("text");
  }, [added.count, setFocus]);
  const add = useAction(addCommitmentAction, {
    onSuccess: (_data, values) => {
      form.reset();
      setAdded((last) => ({
        message: `Added “${values.text}” to your plan.`,
        count: last.count + 1,
      }));
      router.refresh();
    },
    onError: ({ message, fieldErrors }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  });
  const rootError = form.formState.errors.root?.server?.message;
  return (
    <Form {...form}>
      <form
        aria-label={`Add to ${name}`}
        className="space-y-3 border-t border-border pt-4"
        noValidate
        onSubmit={form.handleSubmit((values) => add.mutate(values))}
      >
        <CommitmentFields placeholder={PROMPTS[strategy]} />
        {suggestions.length > 0 ? (
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-muted-foreground">Ideas to start from:</span>
            {suggestions.map((idea) => (
              <Button
                key={idea}
                type="button"
                size="sm"
                variant="outline"
                aria-label={`Use the idea “${idea}”`}
                className="h-auto py-1.5 text-left whitespace-normal"
                onClick={() => {
                  form.setValue("text", idea, { shouldDirty: true });
                  setFocus("text");
                }}
              >
                {idea}
              </Button>
            ))}
          </div>
        ) : null}
        {rootError ? <Alert tone="error">{rootError}</Alert> : null}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" size="sm" disabled={add.isPending}>
            {add.isPending ? "Adding…" : "Add commitment"}
          </Button>
          <span aria-live="polite" className="text-sm text-muted-foreground">
            {form.formState.isDirty ? "" : added.message}
          </span>
        </div>
      </form>
    </Form>
  );
}

function EditCommitment({ commitment, onDone }: { commitment: Commitment; onDone: () => void }) {
  const router = useRouter();
  const form = useForm<Input["updateCommitment"]>({
    defaultValues: { id: commitment.id, text: commitment.text, frequency: commitment.frequency },
  });
  const update = useAction(updateCommitmentAction, {
    onSuccess: () => {
      onDone();
      router.refresh();
    },
    onError: ({ message, fieldErrors }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  });
  const rootError = form.formState.errors.root?.server?.message;
  useUnsavedWarning(form.formState.isDirty);
  const { setFocus } = form;
  useEffect(() => setFocus("text"), [setFocus]);
  return (
    <Form {...form}>
      <form
        aria-label={`Edit “${commitment.text}”`}
        className="space-y-3 rounded-md border border-primary/40 p-4"
        noValidate
        onSubmit={form.handleSubmit((values) => update.mutate(values))}
        // Escape cancels the edit, as the Cancel button does.
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            onDone();
          }
        }}
      >
        <CommitmentFields placeholder={PROMPTS[commitment.strategy]} />
        {rootError ? <Alert tone="error">{rootError}</Alert> : null}
        <div className="flex gap-2">
          <Button type="submit" size="sm" disabled={update.isPending}>
            Save
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        </div>
      </form>
    </Form>
  );
}
