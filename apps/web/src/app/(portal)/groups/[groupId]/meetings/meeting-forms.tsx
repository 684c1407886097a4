"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import type { RsvpResponse } from "@tend/groups";
import { EVALUATION_COMMENT_MAX_LENGTH } from "@tend/groups";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, FieldError, Input, Label, Select } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import {
  answerMeetingAction,
  cancelMeetingAction,
  cancelOccurrenceAction,
  createMeetingAction,
  evaluateMeetingAction,
  moveOccurrenceAction,
} from "~/actions/groups";
import { ActionError } from "~/components/action-error";
import { weekdayName, weeklyRule } from "~/lib/recurrence";
import { textareaClass } from "../discussion/composer";

const REPEATS = [
  { value: 0, label: "Once" },
  { value: 1, label: "Every week" },
  { value: 2, label: "Every two weeks" },
  { value: 4, label: "Every four weeks" },
] as const;

/** A facilitator sets up a meeting: once, or every one, two or four weeks on its weekday. */
export function NewMeetingForm({ groupId, timeZone }: { groupId: string; timeZone: string }) {
  const router = useRouter();
  const id = useId();
  const [title, setTitle] = useState("Group meeting");
  const [local, setLocal] = useState("");
  const [duration, setDuration] = useState("60");
  const [every, setEvery] = useState<number>(1);
  const [count, setCount] = useState("8");
  const [place, setPlace] = useState("");
  const [link, setLink] = useState("");
  const create = useAction(createMeetingAction, {
    onSuccess: () => {
      setLocal("");
      router.refresh();
    },
  });
  const errors = create.error?.fieldErrors ?? {};
  const field = (key: string) => ({
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${id}-${key}-error` : undefined,
  });
  const day = weekdayName(local);
  return (
    <form
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const rule = every === 0 ? null : weeklyRule(local, every, Number(count));
        create.mutate({
          groupId,
          title,
          local,
          timeZone,
          durationMinutes: Number(duration),
          rule,
          place,
          link,
        });
      }}
    >
      {create.error && Object.keys(errors).length === 0 ? (
        <div className="sm:col-span-2">
          <Alert tone="error">{create.error.message}</Alert>
        </div>
      ) : null}
      <div className="space-y-1 sm:col-span-2">
        <Label htmlFor={`${id}-title`}>Title</Label>
        <Input
          id={`${id}-title`}
          value={title}
          maxLength={80}
          onChange={(e) => setTitle(e.target.value)}
          {...field("title")}
        />
        <FieldError id={`${id}-title-error`} messages={errors.title} />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-start`}>First meeting ({timeZone})</Label>
        <Input
          id={`${id}-start`}
          type="datetime-local"
          value={local}
          onChange={(e) => setLocal(e.target.value)}
          {...field("firstStart")}
        />
        <FieldError id={`${id}-firstStart-error`} messages={errors.firstStart} />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-duration`}>Length in minutes</Label>
        <Input
          id={`${id}-duration`}
          type="number"
          inputMode="numeric"
          min={15}
          max={480}
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
          {...field("durationMinutes")}
        />
        <FieldError id={`${id}-durationMinutes-error`} messages={errors.durationMinutes} />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-repeat`}>Repeats</Label>
        <Select
          id={`${id}-repeat`}
          value={String(every)}
          onChange={(e) => setEvery(Number(e.target.value))}
          aria-describedby={`${id}-repeat-hint`}
        >
          {REPEATS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </Select>
        <p id={`${id}-repeat-hint`} className="text-sm text-muted-foreground">
          {every === 0
            ? "A single meeting."
            : day
              ? `On ${day}s, at the first meeting's time.`
              : "On the first meeting's weekday."}
        </p>
        <FieldError id={`${id}-rule-error`} messages={errors.rule} />
      </div>
      {every === 0 ? null : (
        <div className="space-y-1">
          <Label htmlFor={`${id}-count`}>Number of meetings</Label>
          <Input
            id={`${id}-count`}
            type="number"
            inputMode="numeric"
            min={2}
            max={52}
            value={count}
            onChange={(e) => setCount(e.target.value)}
          />
        </div>
      )}
      <div className="space-y-1">
        <Label htmlFor={`${id}-place`}>Place (optional)</Label>
        <Input
          id={`${id}-place`}
          value={place}
          maxLength={200}
          onChange={(e) => setPlace(e.target.value)}
          {...field("place")}
        />
        <FieldError id={`${id}-place-error`} messages={errors.place} />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-link`}>Video link (optional)</Label>
        <Input
          id={`${id}-link`}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={link}
          onChange={(e) => setLink(e.target.value)}
          {...field("link")}
        />
        <FieldError id={`${id}-link-error`} messages={errors.link} />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Setting it up…" : "Set up the meeting"}
        </Button>
      </div>
    </form>
  );
}

/** Going or not: to one occurrence (`originalStart`) or to the whole series (null). */
export function AnswerButtons({
  groupId,
  meetingId,
  originalStart,
  answer,
  label,
}: {
  groupId: string;
  meetingId: string;
  originalStart: string | null;
  answer: RsvpResponse | null;
  /** What the buttons answer for, for their accessible names. */
  label: string;
}) {
  const router = useRouter();
  const send = useAction(answerMeetingAction, { onSuccess: () => router.refresh() });
  const choose = (response: RsvpResponse) =>
    send.mutate({
      groupId,
      meetingId,
      originalStart: originalStart ? new Date(originalStart) : null,
      response,
    });
  return (
    <span className="flex flex-col gap-1">
      <span role="group" aria-label={label} className="flex gap-2">
        <Button
          size="sm"
          variant={answer === "going" ? "default" : "outline"}
          aria-pressed={answer === "going"}
          disabled={send.isPending}
          onClick={() => choose("going")}
        >
          Going
        </Button>
        <Button
          size="sm"
          variant={answer === "not-going" ? "default" : "outline"}
          aria-pressed={answer === "not-going"}
          disabled={send.isPending}
          onClick={() => choose("not-going")}
        >
          Not going
        </Button>
      </span>
      <ActionError message={send.error?.message} />
    </span>
  );
}

/** A facilitator moves one occurrence, or cancels it after a confirmation. */
export function OccurrenceActions({
  groupId,
  meetingId,
  originalStart,
  timeZone,
  when,
}: {
  groupId: string;
  meetingId: string;
  originalStart: string;
  timeZone: string;
  when: string;
}) {
  const router = useRouter();
  const id = useId();
  const [moving, setMoving] = useState(false);
  const [local, setLocal] = useState("");
  const [confirming, setConfirming] = useState(false);
  const move = useAction(moveOccurrenceAction, {
    onSuccess: () => {
      setMoving(false);
      router.refresh();
    },
  });
  const cancel = useAction(cancelOccurrenceAction, {
    onSuccess: () => {
      setConfirming(false);
      router.refresh();
    },
  });
  const ref = { groupId, meetingId, originalStart: new Date(originalStart) };
  return (
    <span className="flex flex-col gap-2">
      <span className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Move the meeting of ${when}`}
          onClick={() => setMoving((m) => !m)}
        >
          Move
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Cancel the meeting of ${when}`}
          onClick={() => setConfirming(true)}
        >
          Cancel
        </Button>
      </span>
      {moving ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onKeyDown={(e) => {
            if (e.key === "Escape") setMoving(false);
          }}
          onSubmit={(e) => {
            e.preventDefault();
            move.mutate({ ...ref, local, timeZone });
          }}
        >
          <span className="space-y-1">
            <Label htmlFor={`${id}-to`}>New time ({timeZone})</Label>
            <Input
              id={`${id}-to`}
              type="datetime-local"
              value={local}
              onChange={(e) => setLocal(e.target.value)}
              aria-invalid={move.error ? true : undefined}
            />
          </span>
          <Button size="sm" type="submit" disabled={move.isPending}>
            {move.isPending ? "Moving…" : "Move it"}
          </Button>
        </form>
      ) : null}
      <ActionError message={move.error?.message} />
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Cancel the meeting of ${when}?`}
        description="Members who may come are told by e-mail. The other meetings of the series stay as they are."
        confirmLabel="Cancel this meeting"
        pendingLabel="Cancelling…"
        cancelLabel="Keep it"
        pending={cancel.isPending}
        error={cancel.error?.message}
        onConfirm={() => cancel.mutate(ref)}
      />
    </span>
  );
}

/** A facilitator cancels a meeting and all its occurrences still to come. */
export function CancelMeeting({
  groupId,
  meetingId,
  title,
}: {
  groupId: string;
  meetingId: string;
  title: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const cancel = useAction(cancelMeetingAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <>
      <Button size="sm" variant="outline" onClick={() => setOpen(true)}>
        Cancel the whole meeting
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Cancel “${title}” and every meeting still to come?`}
        description="Members who may come are told by e-mail, and calendars that subscribe to their feed drop the meetings. This cannot be undone; set up a new meeting instead."
        confirmLabel="Cancel the meeting"
        pendingLabel="Cancelling…"
        cancelLabel="Keep it"
        pending={cancel.isPending}
        error={cancel.error?.message}
        onConfirm={() => cancel.mutate({ groupId, meetingId })}
      />
    </>
  );
}

const SCALE = [1, 2, 3, 4, 5] as const;

function ScaleQuestion({
  name,
  legend,
  low,
  high,
  value,
  onChange,
  errors,
}: {
  name: string;
  legend: string;
  low: string;
  high: string;
  value: number | null;
  onChange: (v: number) => void;
  errors: string[] | undefined;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={errors ? `${name}-error` : undefined}>
      <legend className="ui-label">{legend}</legend>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span className="text-muted-foreground">{low}</span>
        {SCALE.map((v) => (
          <label key={v} className="flex items-center gap-1">
            <input
              type="radio"
              name={name}
              className="size-4"
              checked={value === v}
              onChange={() => onChange(v)}
            />
            {v}
          </label>
        ))}
        <span className="text-muted-foreground">{high}</span>
      </div>
      <FieldError id={`${name}-error`} messages={errors} />
    </fieldset>
  );
}

/** The short anonymous evaluation after a meeting. */
export function EvaluationForm({
  groupId,
  meetingId,
  originalStart,
  when,
}: {
  groupId: string;
  meetingId: string;
  originalStart: string;
  when: string;
}) {
  const router = useRouter();
  const id = useId();
  const [helpful, setHelpful] = useState<number | null>(null);
  const [safe, setSafe] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const send = useAction(evaluateMeetingAction, { onSuccess: () => router.refresh() });
  const errors = send.error?.fieldErrors ?? {};
  return (
    <form
      aria-label={`Evaluation of the meeting of ${when}`}
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (helpful && safe)
          send.mutate({
            groupId,
            meetingId,
            originalStart: new Date(originalStart),
            helpful,
            safe,
            comment,
          });
      }}
    >
      {send.error && Object.keys(errors).length === 0 ? (
        <Alert tone="error">{send.error.message}</Alert>
      ) : null}
      <ScaleQuestion
        name={`${id}-helpful`}
        legend="Was it helpful?"
        low="Not at all"
        high="Very"
        value={helpful}
        onChange={setHelpful}
        errors={errors.helpful}
      />
      <ScaleQuestion
        name={`${id}-safe`}
        legend="Did it feel safe to speak?"
        low="Not at all"
        high="Completely"
        value={safe}
        onChange={setSafe}
        errors={errors.safe}
      />
      <div className="space-y-1">
        <Label htmlFor={`${id}-comment`}>Anything else (optional)</Label>
        <textarea
          id={`${id}-comment`}
          rows={2}
          maxLength={EVALUATION_COMMENT_MAX_LENGTH}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          className={textareaClass}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={errors.comment ? `${id}-comment-error` : undefined}
        />
        <FieldError id={`${id}-comment-error`} messages={errors.comment} />
      </div>
      <Button type="submit" size="sm" disabled={!helpful || !safe || send.isPending}>
        {send.isPending ? "Sending…" : "Send anonymously"}
      </Button>
    </form>
  );
}
