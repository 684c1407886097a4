"use client";

import type { CSSProperties } from "react";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState } from "react";

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
  // Bumped on each refused submit, so that the summary takes focus once it is on the page.
  const [refusals, setRefusals] = useState(0);
  const summary = useRef<HTMLElement>(null);
  useEffect(() => {
    if (refusals > 0) summary.current?.focus();
  }, [refusals]);
  const itemId = (number: number) => `${id}-item-${number}`;
  /** Moves to an unanswered question: its first answer, ready for the arrow keys. */
  const focusItem = (number: number) => {
    const fieldset = document.getElementById(itemId(number));
    fieldset?.scrollIntoView({ block: "center" });
    fieldset?.querySelector("input")?.focus({ preventScroll: true });
  };

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
        if (instrument.requiresAllItems && unanswered.length > 0) {
          setMissing(unanswered);
          setRefusals((n) => n + 1);
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
        <section
          ref={summary}
          id={`${id}-missing`}
          tabIndex={-1}
          aria-labelledby={`${id}-missing-title`}
          className="scroll-mt-28 rounded-lg border border-destructive bg-card p-4 focus:outline-2 focus:outline-ring"
        >
          <h2 id={`${id}-missing-title`} className="font-semibold text-destructive">
            {missing.length === 1
              ? "One question still needs an answer"
              : `${missing.length} questions still need an answer`}
          </h2>
          <p className="mt-1 text-sm">
            Answer {missing.length === 1 ? "it" : "them"} to see your scores:
          </p>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {missing.map((number) => (
              <li key={number}>
                <a
                  href={`#${itemId(number)}`}
                  className="font-medium text-primary underline underline-offset-4"
                  onClick={(e) => {
                    e.preventDefault();
                    focusItem(number);
                  }}
                >
                  Question {number}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {submit.error ? <Alert tone="error">{submit.error.message}</Alert> : null}

      <ol className="space-y-4">
        {instrument.items.map((item) => {
          const isMissing = missing.includes(item.number);
          return (
            <li key={item.id}>
              <fieldset
                id={itemId(item.number)}
                className={`scroll-mt-28 rounded-lg border bg-card p-4 ${isMissing ? "border-destructive" : "border-border"}`}
                aria-describedby={isMissing ? `${id}-missing-title` : undefined}
              >
                <legend className="px-1 font-medium">
                  <span className="mr-2 text-muted-foreground">{item.number}.</span>
                  {item.text}
                </legend>
                {/* One answer a row on a phone, all of them in one row from `sm` up: never 3 + 2. */}
                <div
                  className="mt-3 grid gap-2 sm:[grid-template-columns:repeat(var(--options),minmax(0,1fr))]"
                  style={{ "--options": item.options.length } as CSSProperties}
                >
                  {item.options.map((option) => {
                    const checked = answers[item.id] === option.value;
                    return (
                      <label
                        key={option.value}
                        className="flex cursor-pointer items-center gap-2 rounded-md border border-input px-3 py-2 text-sm has-[:checked]:border-primary has-[:checked]:bg-secondary has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring sm:justify-center sm:text-center"
                      >
                        <input
                          type="radio"
                          name={item.id}
                          value={option.value}
                          checked={checked}
                          onChange={() => choose(item.id, option.value)}
                        />
                        {instrument.numberedOptions ? (
                          <span className="font-semibold tabular-nums">{option.value}</span>
                        ) : null}
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
