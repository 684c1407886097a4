"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { POST_MAX_LENGTH, THREAD_TITLE_MAX_LENGTH } from "@tend/groups";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, FieldError, Input, Label } from "@tend/ui";

import { replyToThreadAction, startThreadAction } from "~/actions/groups";
import { ANONYMOUS_NOTICE } from "~/lib/groups";

export const textareaClass =
  "w-full rounded-md border border-input bg-background px-3 py-2 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none aria-[invalid=true]:border-destructive";

/**
 * Writing to the group: a new thread (with a title) or a reply to one. Posting as "a member"
 * is a choice made here, with what it means said beside it.
 */
export function Composer({ groupId, threadId }: { groupId: string; threadId?: string }) {
  const router = useRouter();
  const id = useId();
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [anonymous, setAnonymous] = useState(false);
  const done = () => {
    setTitle("");
    setBody("");
    setAnonymous(false);
  };
  const start = useAction(startThreadAction, {
    onSuccess: ({ id: newThread }) => router.push(`/groups/${groupId}/discussion/${newThread}`),
  });
  const reply = useAction(replyToThreadAction, {
    onSuccess: () => {
      done();
      router.refresh();
    },
  });
  const action = threadId ? reply : start;
  const errors = action.error?.fieldErrors ?? {};
  const field = (key: string) => ({
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${id}-${key}-error` : undefined,
  });

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (threadId) reply.mutate({ groupId, threadId, body, anonymous });
        else start.mutate({ groupId, title, body, anonymous });
      }}
    >
      {action.error && Object.keys(errors).length === 0 ? (
        <Alert tone="error">{action.error.message}</Alert>
      ) : null}
      {threadId ? null : (
        <div className="space-y-1">
          <Label htmlFor={`${id}-title`}>Title</Label>
          <Input
            id={`${id}-title`}
            value={title}
            maxLength={THREAD_TITLE_MAX_LENGTH}
            onChange={(e) => setTitle(e.target.value)}
            {...field("title")}
          />
          <FieldError id={`${id}-title-error`} messages={errors.title} />
        </div>
      )}
      <div className="space-y-1">
        <Label htmlFor={`${id}-body`}>
          {threadId ? "Your reply" : "What would you like to say?"}
        </Label>
        <textarea
          id={`${id}-body`}
          rows={threadId ? 3 : 5}
          maxLength={POST_MAX_LENGTH}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          className={textareaClass}
          {...field("body")}
        />
        <FieldError id={`${id}-body-error`} messages={errors.body} />
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1 size-4"
          checked={anonymous}
          onChange={(e) => setAnonymous(e.target.checked)}
          aria-describedby={`${id}-anonymous-hint`}
        />
        <span>
          <span className="font-medium">Post as “a member”</span>
          <span id={`${id}-anonymous-hint`} className="block text-muted-foreground">
            {ANONYMOUS_NOTICE}
          </span>
        </span>
      </label>
      <Button type="submit" disabled={action.isPending}>
        {action.isPending ? "Posting…" : threadId ? "Post the reply" : "Start the thread"}
      </Button>
    </form>
  );
}
