"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import type { FlagReason } from "@tend/groups";
import { FLAG_NOTE_MAX_LENGTH, FLAG_REASONS, POST_MAX_LENGTH } from "@tend/groups";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Badge, Button, FieldError, Input, Label } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@tend/ui/dialog";

import { deletePostAction, editPostAction, flagPostAction } from "~/actions/groups";
import { FLAG_REASON_LABELS } from "~/lib/groups";
import { textareaClass } from "../composer";

export interface PostView {
  id: string;
  /** A thread's opening post has its title. */
  title: string | null;
  body: string | null;
  state: "visible" | "hidden" | "removed" | "deleted";
  author: string;
  anonymous: boolean | null;
  mine: boolean;
  when: string;
  edited: boolean;
}

const STATE_WORDS = {
  hidden: "Members flagged this post. It is hidden until a facilitator reviews it.",
  removed: "A facilitator removed this post.",
  deleted: "Its author deleted this post.",
} as const;

/** One post of a thread, with what the reader may do to it. */
export function Post({
  groupId,
  post,
  canPost,
}: {
  groupId: string;
  post: PostView;
  canPost: boolean;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <article aria-label={`Post by ${post.author}`} className="space-y-2 py-4">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="font-medium">{post.author}</span>
        {post.mine && post.anonymous ? <Badge>Posted as “a member”</Badge> : null}
        <span className="text-muted-foreground">
          {post.when}
          {post.edited ? " · edited" : ""}
        </span>
      </header>
      {post.state !== "visible" ? (
        <p className="text-sm text-muted-foreground italic">{STATE_WORDS[post.state]}</p>
      ) : null}
      {editing && post.body !== null ? (
        <EditPost groupId={groupId} post={post} onDone={() => setEditing(false)} />
      ) : post.body !== null ? (
        <p className="break-words whitespace-pre-line">{post.body}</p>
      ) : null}
      {!editing && post.state === "visible" ? (
        <div className="flex flex-wrap gap-2">
          {post.mine ? (
            <>
              {canPost ? (
                <Button size="sm" variant="outline" onClick={() => setEditing(true)}>
                  Edit
                </Button>
              ) : null}
              <DeletePost groupId={groupId} postId={post.id} />
            </>
          ) : (
            <FlagPost groupId={groupId} postId={post.id} author={post.author} />
          )}
        </div>
      ) : null}
      {post.mine && post.state === "hidden" ? (
        <DeletePost groupId={groupId} postId={post.id} />
      ) : null}
    </article>
  );
}

/** Editing one's own post in place; Escape or Cancel leaves it as it was. */
function EditPost({
  groupId,
  post,
  onDone,
}: {
  groupId: string;
  post: PostView;
  onDone: () => void;
}) {
  const router = useRouter();
  const id = useId();
  const [title, setTitle] = useState(post.title ?? "");
  const [body, setBody] = useState(post.body ?? "");
  const edit = useAction(editPostAction, {
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const errors = edit.error?.fieldErrors ?? {};
  return (
    <form
      className="space-y-3"
      noValidate
      onKeyDown={(e) => {
        if (e.key === "Escape") onDone();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        edit.mutate({ groupId, postId: post.id, body, ...(post.title !== null ? { title } : {}) });
      }}
    >
      {edit.error && Object.keys(errors).length === 0 ? (
        <Alert tone="error">{edit.error.message}</Alert>
      ) : null}
      {post.title !== null ? (
        <div className="space-y-1">
          <Label htmlFor={`${id}-title`}>Title</Label>
          <Input
            id={`${id}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? `${id}-title-error` : undefined}
          />
          <FieldError id={`${id}-title-error`} messages={errors.title} />
        </div>
      ) : null}
      <div className="space-y-1">
        <Label htmlFor={`${id}-body`}>Your post</Label>
        <textarea
          id={`${id}-body`}
          rows={4}
          maxLength={POST_MAX_LENGTH}
          value={body}
          autoFocus
          onChange={(e) => setBody(e.target.value)}
          className={textareaClass}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? `${id}-body-error` : undefined}
        />
        <FieldError id={`${id}-body-error`} messages={errors.body} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={edit.isPending}>
          {edit.isPending ? "Saving…" : "Save"}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function DeletePost({ groupId, postId }: { groupId: string; postId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const remove = useAction(deletePostAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <>
      <Button size="sm" variant="outline" onClick={() => setOpen(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete your post?"
        description="Its words are erased for everyone; the thread shows that its author deleted a post. This cannot be undone."
        confirmLabel="Delete the post"
        pendingLabel="Deleting…"
        cancelLabel="Keep it"
        pending={remove.isPending}
        error={remove.error?.message}
        onConfirm={() => remove.mutate({ groupId, postId })}
      />
    </>
  );
}

/** Flagging a colleague's post for the facilitators, with a reason. */
function FlagPost({
  groupId,
  postId,
  author,
}: {
  groupId: string;
  postId: string;
  author: string;
}) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [note, setNote] = useState("");
  const flag = useAction(flagPostAction, { onSuccess: () => router.refresh() });
  const errors = flag.error?.fieldErrors ?? {};
  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Flag the post by ${author}`}
        onClick={() => setOpen(true)}
      >
        Flag
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) flag.reset();
        }}
      >
        <DialogContent>
          <DialogTitle>Flag this post for the facilitators</DialogTitle>
          <DialogDescription>
            The facilitators see your reason, not your name. When three members flag a post, it is
            hidden until a facilitator reviews it.
          </DialogDescription>
          {flag.data ? (
            <div className="space-y-3">
              <p role="status" className="text-sm">
                Thank you. The facilitators will review it
                {flag.data.hidden ? "; until then it is hidden from members." : "."}
              </p>
              <Button
                size="sm"
                onClick={() => {
                  setOpen(false);
                  flag.reset();
                  setReason(null);
                  setNote("");
                }}
              >
                Close
              </Button>
            </div>
          ) : (
            <form
              className="space-y-4"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (reason) flag.mutate({ groupId, postId, reason, note });
              }}
            >
              {flag.error && Object.keys(errors).length === 0 ? (
                <Alert tone="error">{flag.error.message}</Alert>
              ) : null}
              <fieldset className="space-y-2">
                <legend className="ui-label">Why are you flagging it?</legend>
                {FLAG_REASONS.map((r) => (
                  <label key={r} className="flex items-start gap-2 text-sm">
                    <input
                      type="radio"
                      name={`${id}-reason`}
                      className="mt-1 size-4"
                      checked={reason === r}
                      onChange={() => setReason(r)}
                    />
                    <span>{FLAG_REASON_LABELS[r]}</span>
                  </label>
                ))}
              </fieldset>
              <div className="space-y-1">
                <Label htmlFor={`${id}-note`}>
                  Anything the facilitators should know (optional)
                </Label>
                <textarea
                  id={`${id}-note`}
                  rows={2}
                  maxLength={FLAG_NOTE_MAX_LENGTH}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  className={textareaClass}
                  aria-invalid={errors.note ? true : undefined}
                  aria-describedby={errors.note ? `${id}-note-error` : undefined}
                />
                <FieldError id={`${id}-note-error`} messages={errors.note} />
              </div>
              <Button type="submit" size="sm" disabled={!reason || flag.isPending}>
                {flag.isPending ? "Sending…" : "Send to the facilitators"}
              </Button>
            </form>
          )}
        </DialogContent>
      </Dialog>
    </>
  );
}
