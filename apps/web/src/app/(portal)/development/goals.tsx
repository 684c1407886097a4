"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, FieldError, Input, Label, Select } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { addGoalAction, changeGoalAction, removeGoalAction } from "~/actions/development";
import { dayText } from "~/lib/development";

export interface Goal {
  id: string;
  title: string;
  dueOn: string | null;
  progress: number;
  completedAt: Date | null;
}

const STEPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90];

/** The caller's development goals: progress, reached or not, and a form to add one. */
export function Goals({ goals }: { goals: Goal[] }) {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [removing, setRemoving] = useState<Goal | null>(null);
  const refresh = () => router.refresh();
  const add = useAction(addGoalAction, {
    onSuccess: () => {
      setTitle("");
      setDueOn("");
      refresh();
    },
  });
  const change = useAction(changeGoalAction, { onSuccess: refresh });
  const remove = useAction(removeGoalAction, {
    onSuccess: () => {
      setRemoving(null);
      refresh();
    },
  });
  const errors = add.error?.fieldErrors ?? {};
  const update = (goal: Goal, set: { progress?: number; done?: boolean }) =>
    change.mutate({
      goalId: goal.id,
      title: goal.title,
      dueOn: goal.dueOn,
      progress: set.progress ?? goal.progress,
      done: set.done ?? goal.completedAt !== null,
    });

  return (
    <div className="space-y-4">
      {change.error ? <Alert tone="error">{change.error.message}</Alert> : null}
      {goals.length > 0 ? (
        <ul className="divide-y divide-border rounded-lg border border-border bg-card">
          {goals.map((goal) => {
            const reached = goal.completedAt !== null;
            return (
              <li key={goal.id} className="space-y-2 px-5 py-4">
                <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                  <p className={reached ? "text-muted-foreground line-through" : "font-medium"}>
                    {goal.title}
                  </p>
                  <p className="text-sm text-muted-foreground">
                    {reached ? "Reached" : goal.dueOn ? `By ${dayText(goal.dueOn)}` : "No date"}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-3">
                  {!reached ? (
                    <>
                      <Label htmlFor={`progress-${goal.id}`} className="text-sm">
                        How far along
                      </Label>
                      <Select
                        id={`progress-${goal.id}`}
                        className="w-28"
                        value={String(Math.min(90, Math.floor(goal.progress / 10) * 10))}
                        onChange={(e) => update(goal, { progress: Number(e.target.value) })}
                      >
                        {STEPS.map((step) => (
                          <option key={step} value={step}>
                            {step} %
                          </option>
                        ))}
                      </Select>
                    </>
                  ) : null}
                  <Button
                    type="button"
                    size="sm"
                    variant={reached ? "outline" : "secondary"}
                    // Not `disabled` while saving: a disabled button drops keyboard focus.
                    aria-disabled={change.isPending}
                    onClick={() => {
                      if (!change.isPending)
                        update(goal, { done: !reached, progress: reached ? 90 : 100 });
                    }}
                  >
                    {reached ? "Reopen" : "Mark as reached"}
                    <span className="sr-only">: {goal.title}</span>
                  </Button>
                  <Button type="button" size="sm" variant="ghost" onClick={() => setRemoving(goal)}>
                    Remove<span className="sr-only">: {goal.title}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">
          No goals yet. A goal with a date, such as a course to finish by June, keeps growth in
          view.
        </p>
      )}
      <form
        className="flex flex-wrap items-end gap-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate({ title, dueOn: dueOn || null });
        }}
      >
        <div className="min-w-64 flex-1 space-y-1">
          <Label htmlFor="goal-title">New goal</Label>
          <Input
            id="goal-title"
            value={title}
            maxLength={200}
            placeholder="e.g. Complete a trauma-informed care course"
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? "goal-title-error" : undefined}
          />
          <FieldError id="goal-title-error" messages={errors.title} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="goal-due">By (optional)</Label>
          <Input
            id="goal-due"
            type="date"
            value={dueOn}
            onChange={(e) => setDueOn(e.target.value)}
            aria-invalid={errors.dueOn ? true : undefined}
            aria-describedby={errors.dueOn ? "goal-due-error" : undefined}
          />
          <FieldError id="goal-due-error" messages={errors.dueOn} />
        </div>
        <Button type="submit" disabled={add.isPending}>
          {add.isPending ? "Adding…" : "Add goal"}
        </Button>
      </form>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title="Remove this goal?"
        description={`“${removing?.title ?? ""}” leaves your goals and your plan.`}
        confirmLabel="Remove"
        pendingLabel="Removing…"
        cancelLabel="Keep it"
        pending={remove.isPending}
        error={remove.error ? remove.error.message : null}
        onConfirm={() => {
          if (removing) remove.mutate({ goalId: removing.id });
        }}
      />
    </div>
  );
}
