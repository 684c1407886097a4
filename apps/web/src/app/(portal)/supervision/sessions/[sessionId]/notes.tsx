"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Badge, Button, Card, CardDescription, EmptyState } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { addNoteAction, removeNoteAction } from "~/actions/supervision";

type Note = RouterOutputs["session"]["get"]["notes"][number];

const when = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);

/** The supervisor's notes: each private or shared with the participants, chosen per note. */
export function NotesSection({
  sessionId,
  notes,
  isSupervisor,
}: {
  sessionId: string;
  notes: Note[];
  isSupervisor: boolean;
}) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [visibility, setVisibility] = useState<"private" | "shared" | null>(null);
  const [removing, setRemoving] = useState<Note | null>(null);
  const add = useAction(addNoteAction, {
    onSuccess: () => {
      setBody("");
      setVisibility(null);
      router.refresh();
    },
  });
  const remove = useAction(removeNoteAction, {
    onSuccess: () => {
      setRemoving(null);
      router.refresh();
    },
  });
  return (
    <Card className="space-y-4" aria-labelledby="notes-title">
      <div>
        <h2 id="notes-title" className="text-lg font-semibold tracking-tight">
          {isSupervisor ? "Your notes" : "Notes from your supervisor"}
        </h2>
        {isSupervisor ? (
          <CardDescription>
            Each note is private to you or shared with the participants: you choose every time.
          </CardDescription>
        ) : null}
      </div>
      {notes.length === 0 ? (
        <EmptyState title="No notes yet">{isSupervisor ? "Add one below." : ""}</EmptyState>
      ) : (
        <ul className="space-y-2">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md border border-border px-4 py-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-sm text-muted-foreground">
                  {when(note.createdAt)}{" "}
                  {isSupervisor ? (
                    <Badge>
                      {note.visibility === "private"
                        ? "Private to you"
                        : "Shared with participants"}
                    </Badge>
                  ) : null}
                </span>
                {isSupervisor ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => setRemoving(note)}
                    aria-label="Delete this note"
                  >
                    Delete
                  </Button>
                ) : null}
              </div>
              <p className="mt-1 text-sm whitespace-pre-wrap">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      {isSupervisor ? (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (visibility) add.mutate({ sessionId, body, visibility });
          }}
        >
          <label htmlFor="note-body" className="block text-sm font-medium">
            New note
          </label>
          <textarea
            id="note-body"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={3}
            maxLength={5000}
            className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
          />
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium">Who may read it?</legend>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="visibility"
                checked={visibility === "private"}
                onChange={() => setVisibility("private")}
              />
              Only me
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="visibility"
                checked={visibility === "shared"}
                onChange={() => setVisibility("shared")}
              />
              Me and the participants
            </label>
          </fieldset>
          {add.error ? <Alert tone="error">{add.error.message}</Alert> : null}
          <Button
            type="submit"
            size="sm"
            disabled={add.isPending || !visibility || body.trim() === ""}
          >
            {add.isPending ? "Saving…" : "Save note"}
          </Button>
        </form>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title="Delete this note?"
        description="It cannot be brought back."
        confirmLabel="Delete"
        cancelLabel="Keep it"
        pending={remove.isPending}
        error={remove.error?.message}
        onConfirm={() => {
          if (removing) remove.mutate({ noteId: removing.id });
        }}
      />
    </Card>
  );
}
