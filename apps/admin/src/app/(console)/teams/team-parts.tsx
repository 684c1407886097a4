"use client";

import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, FieldError, Input, Label } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { createTeamAction, setTeamArchivedAction, updateTeamAction } from "~/actions/teams";

type Team = RouterOutputs["team"]["list"][number];

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });
const members = (n: number) => `${n} ${n === 1 ? "member" : "members"}`;

interface Status {
  message: string;
  /** Whether focus moves to the current teams' heading (the row that had it is gone). */
  moveFocus: boolean;
}

const StatusContext = createContext<{
  status: Status | null;
  announce: (message: string, moveFocus?: boolean) => void;
}>({ status: null, announce: () => undefined });

/**
 * Holds the page's status line, so that what an edit, archive or restore did is said aloud;
 * after an archive or a restore, whose row leaves the list, focus goes to `focusId` (the
 * current teams' heading) instead of falling back to the start of the page.
 */
export function TeamsStatus({ focusId, children }: { focusId: string; children: ReactNode }) {
  const [status, setStatus] = useState<Status | null>(null);
  const announce = useCallback(
    (message: string, moveFocus = false) => setStatus({ message, moveFocus }),
    [],
  );
  // Runs after the confirmation dialog's own effect has closed it and given focus back.
  useEffect(() => {
    if (status?.moveFocus) document.getElementById(focusId)?.focus();
  }, [status, focusId]);
  return <StatusContext.Provider value={{ status, announce }}>{children}</StatusContext.Provider>;
}

/** The status line itself; empty (and taking no room) until something happened. */
export function TeamsStatusLine() {
  const { status } = useContext(StatusContext);
  return (
    <p aria-live="polite" className={status ? "mt-1 text-sm text-muted-foreground" : undefined}>
      {status?.message}
    </p>
  );
}

/** A team's name and description fields, for adding and for editing. */
function TeamFields({
  id,
  name,
  description,
  onName,
  onDescription,
  errors,
  autoFocus = false,
}: {
  id: string;
  name: string;
  description: string;
  onName: (v: string) => void;
  onDescription: (v: string) => void;
  errors: Record<string, string[] | undefined>;
  autoFocus?: boolean;
}) {
  return (
    <>
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-name`}>Name</Label>
        <Input
          id={`${id}-name`}
          value={name}
          onChange={(e) => onName(e.target.value)}
          maxLength={80}
          required
          autoFocus={autoFocus}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
        />
        <FieldError id={`${id}-name-error`} messages={errors.name} />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-description`}>Description (optional)</Label>
        <Input
          id={`${id}-description`}
          value={description}
          onChange={(e) => onDescription(e.target.value)}
          maxLength={300}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${id}-description-error` : undefined}
        />
        <FieldError id={`${id}-description-error`} messages={errors.description} />
      </div>
    </>
  );
}

export function NewTeamForm() {
  const id = useId();
  const router = useRouter();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [added, setAdded] = useState<string | null>(null);
  const create = useAction(createTeamAction, {
    onSuccess: (team) => {
      setAdded(team.name);
      setName("");
      setDescription("");
      router.refresh();
    },
  });
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        setAdded(null);
        create.mutate({ name, description });
      }}
    >
      <TeamFields
        id={id}
        name={name}
        description={description}
        onName={setName}
        onDescription={setDescription}
        errors={create.error?.fieldErrors ?? {}}
      />
      {create.error && Object.keys(create.error.fieldErrors).length === 0 && (
        <Alert tone="error">{create.error.message}</Alert>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add team"}
        </Button>
        <p aria-live="polite" className="text-sm text-muted-foreground">
          {added ? `${added} added.` : ""}
        </p>
      </div>
    </form>
  );
}

/** A current team: edit its name and description in place (Escape cancels), or archive it. */
export function TeamRow({ team }: { team: Team }) {
  const id = useId();
  const router = useRouter();
  const { announce } = useContext(StatusContext);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(team.name);
  const [description, setDescription] = useState(team.description);
  const [archiving, setArchiving] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Leaving the form (Save, Cancel, Escape) gives focus back to the Edit button.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const update = useAction(updateTeamAction, {
    onSuccess: (saved) => {
      close();
      announce(`${saved.name} saved.`);
      router.refresh();
    },
  });
  const archive = useAction(setTeamArchivedAction, {
    onSuccess: () => {
      setArchiving(false);
      announce(`${team.name} archived. You can restore it under Archived teams.`, true);
      router.refresh();
    },
  });
  const cancel = () => {
    setName(team.name);
    setDescription(team.description);
    update.reset();
    close();
  };

  if (editing)
    return (
      <li className="p-4">
        <form
          noValidate
          className="space-y-3"
          aria-label={`Edit ${team.name}`}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              cancel();
            }
          }}
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate({ teamId: team.id, name, description });
          }}
        >
          <TeamFields
            id={id}
            name={name}
            description={description}
            onName={setName}
            onDescription={setDescription}
            errors={update.error?.fieldErrors ?? {}}
            autoFocus
          />
          {update.error && Object.keys(update.error.fieldErrors).length === 0 && (
            <Alert tone="error">{update.error.message}</Alert>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" size="sm" disabled={update.isPending}>
              {update.isPending ? "Saving…" : "Save"}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={cancel}>
              Cancel
            </Button>
            <span className="text-xs text-muted-foreground">Esc also cancels.</span>
          </div>
        </form>
      </li>
    );

  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 break-words">
        <p className="font-medium">{team.name}</p>
        {team.description && <p className="text-sm text-muted-foreground">{team.description}</p>}
        <p className="text-sm text-muted-foreground">{members(team.memberCount)}</p>
      </div>
      <div className="flex shrink-0 gap-2">
        <Button ref={editButton} variant="secondary" size="sm" onClick={() => setEditing(true)}>
          Edit<span className="sr-only"> {team.name}</span>
        </Button>
        <Button
          variant="outline"
          size="sm"
          onClick={() => {
            archive.reset();
            setArchiving(true);
          }}
        >
          Archive<span className="sr-only"> {team.name}</span>
        </Button>
      </div>
      <ConfirmDialog
        open={archiving}
        onOpenChange={setArchiving}
        title={`Archive ${team.name}?`}
        description={`${team.name} keeps its ${members(team.memberCount)} and its history. It leaves the team wellbeing report and is no longer offered wherever a team is chosen, such as the invitation form; its members still count in their other teams. You can restore it at any time under Archived teams.`}
        confirmLabel="Archive"
        pendingLabel="Archiving…"
        cancelLabel="Keep it"
        pending={archive.isPending}
        error={archive.error ? archive.error.message : null}
        onConfirm={() => archive.mutate({ teamId: team.id, archived: true })}
      />
    </li>
  );
}

/** An archived team, with Restore. */
export function ArchivedTeam({ team }: { team: Team }) {
  const router = useRouter();
  const { announce } = useContext(StatusContext);
  const restore = useAction(setTeamArchivedAction, {
    onSuccess: () => {
      announce(`${team.name} restored.`, true);
      router.refresh();
    },
  });
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 break-words">
        <p className="font-medium">{team.name}</p>
        <p className="text-sm text-muted-foreground">
          Archived {team.archivedAt ? date.format(team.archivedAt) : ""} ·{" "}
          {members(team.memberCount)}
        </p>
        {restore.error && (
          <Alert tone="error" className="mt-2">
            {restore.error.message}
          </Alert>
        )}
      </div>
      <Button
        variant="secondary"
        size="sm"
        className="shrink-0 self-start"
        disabled={restore.isPending}
        onClick={() => restore.mutate({ teamId: team.id, archived: false })}
      >
        {restore.isPending ? "Restoring…" : "Restore"}
        <span className="sr-only"> {team.name}</span>
      </Button>
    </li>
  );
}
