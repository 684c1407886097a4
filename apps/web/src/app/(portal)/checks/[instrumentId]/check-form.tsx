"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button } from "@tend/ui";

import { submitCheckAction } from "~/actions/self-check";

type Instrument = RouterOutputs["selfCheck"]["getInstrument"];
type Answers = Record<string, number>;

function readDraft(key: string): Answers {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Answers) : {};
  } catch {
    return {};
  }
}

/**
 * One accessible form: every item is a radio group (Tab moves between groups, arrow keys
 * choose). Answers are kept in this browser while you work, so a reload loses nothing;
 * they are cleared when the check is submitted.
 */
export function CheckForm({ instrument, draftKey }: { instrument: Instrument; draftKey: string }) {
  const router = useRouter();
  const id = useId();
  const [answers, setAnswers] = useState<Answers>({});
  const [restored, setRestored] = useState(false);
  const [missing, setMissing] = useState<number[]>([]);

  useEffect(() => {
    const draft = readDraft(draftKey);
    setAnswers(draft);
    setRestored(Object.keys(draft).length > 0);
  }, [draftKey]);

  const answered = useMemo(
    () => instrument.items.filter((i) => answers[i.id] !== undefined).length,
    [answers, instrument.items],
  );
  const total = instrument.items.length;

  const submit = useAction(submitCheckAction, {
    onSuccess: ({ id: responseId }) => {
      window.localStorage.removeItem(draftKey);
      router.push(`/checks/results/${responseId}`);
    },
  });

  const choose = (itemId: string, value: number) => {
    const next = { ...answers, [itemId]: value };
    setAnswers(next);
    setMissing((m) => m.filter((n) => instrument.items.find((i) => i.number === n)?.id !== itemId));
    window.localStorage.setItem(draftKey, JSON.stringify(next));
  };

  return (
    <form
      noValidate
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        const unanswered = instrument.items
          .filter((i) => answers[i.id] === undefined)
          .map((i) => i.number);
        // CBI may be submitted with gaps (its scales have minimum answers); the others need every item.
        if (instrument.id !== "cbi" && unanswered.length > 0) {
          setMissing(unanswered);
          document.getElementById(`${id}-missing`)?.focus();
          return;
        }
        submit.mutate({ instrumentId: instrument.id, answers });
      }}
    >
      <div className="sticky top-0 z-10 -mx-2 rounded-md bg-background/95 px-2 py-3 backdrop-blur">
        <div className="flex items-center justify-between text-sm">
          <span id={`${id}-progress-label`}>
            {answered} of {total} answered
          </span>
          {restored ? (
            <span className="text-muted-foreground">Your earlier answers were kept.</span>
          ) : null}
        </div>
        <div
          role="progressbar"
          aria-labelledby={`${id}-progress-label`}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={answered}
          className="mt-2 h-2 w-full overflow-hidden rounded-full bg-muted"
        >
          <div
            className="h-full bg-primary transition-[width]"
            style={{ width: `${(answered / total) * 100}%` }}
          />
        </div>
      </div>

      {missing.length > 0 ? (
        <Alert tone="error" id={`${id}-missing`} tabIndex={-1}>
          Please answer {missing.length === 1 ? "item" : "items"} {missing.join(", ")} to see your
          scores.
        </Alert>
      ) : null}
      {submit.error ? <Alert tone="error">{submit.error.message}</Alert> : null}

      <ol className="space-y-4">
        {instrument.items.map((item) => {
          const isMissing = missing.includes(item.number);
          return (
            <li key={item.id}>
              <fieldset
                className={`rounded-lg border bg-card p-4 ${isMissing ? "border-destructive" : "border-border"}`}
                aria-describedby={isMissing ? `${id}-missing` : undefined}
              >
                <legend className="px-1 font-medium">
                  <span className="mr-2 text-muted-foreground">{item.number}.</span>
                  {item.text}
                </legend>
                <div className="mt-3 flex flex-wrap gap-2">
                  {item.options.map((option) => {
                    const checked = answers[item.id] === option.value;
                    return (
                      <label
                        key={option.value}
                        className="flex cursor-pointer items-center gap-2 rounded-md border border-input px-3 py-2 text-sm has-[:checked]:border-primary has-[:checked]:bg-secondary has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
                      >
                        <input
                          type="radio"
                          name={item.id}
                          value={option.value}
                          checked={checked}
                          onChange={() => choose(item.id, option.value)}
                        />
                        {option.label}
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>

      <div className="flex items-center gap-3">
        <Button type="submit" size="lg" disabled={submit.isPending}>
          {submit.isPending ? "Scoring…" : "See my results"}
        </Button>
        <span className="text-sm text-muted-foreground">Only you will see your answers.</span>
      </div>
    </form>
  );
}
