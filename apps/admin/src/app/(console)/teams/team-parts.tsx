"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import type { RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, FieldError, Input, Label } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { createTeamAction, setTeamArchivedAction, updateTeamAction } from "~/actions/teams";

type Team = RouterOutputs["team"]["list"][number];

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });
const members = (n: number) => `${n} ${n === 1 ? "member" : "members"}`;

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
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(team.name);
  const [description, setDescription] = useState(team.description);
  const [archiving, setArchiving] = useState(false);
  const update = useAction(updateTeamAction, {
    onSuccess: () => {
      setEditing(false);
      router.refresh();
    },
  });
  const archive = useAction(setTeamArchivedAction, {
    onSuccess: () => {
      setArchiving(false);
      router.refresh();
    },
  });
  const cancel = () => {
    setName(team.name);
    setDescription(team.description);
    update.reset();
    setEditing(false);
  };

  if (editing)
    return (
      <li className="p-4">
        <form
          noValidate
          className="space-y-3"
          aria-label={`Edit ${team.name}`}
          onKeyDown={(event) => {
            if (event.key === "Escape") cancel();
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
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={update.isPending}>
              {update.isPending ? "Saving…" : "Save"}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={cancel}>
              Cancel
            </Button>
          </div>
        </form>
      </li>
    );

  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium">{team.name}</p>
        {team.description && <p className="text-sm text-muted-foreground">{team.description}</p>}
        <p className="text-sm text-muted-foreground">{members(team.memberCount)}</p>
      </div>
      <div className="flex shrink-0 gap-2">
        <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
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
        description={`${team.name} keeps its ${members(team.memberCount)} and history, but leaves the wellbeing report and every team choice; its members count where else they are. You can restore it later.`}
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
  const restore = useAction(setTeamArchivedAction, { onSuccess: () => router.refresh() });
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium">{team.name}</p>
        <p className="text-sm text-muted-foreground">
          Archived {team.archivedAt ? date.format(team.archivedAt) : ""} ·{" "}
          {members(team.memberCount)}
        </p>
        {restore.error && <Alert tone="error">{restore.error.message}</Alert>}
      </div>
      <Button
        variant="secondary"
        size="sm"
        disabled={restore.isPending}
        onClick={() => restore.mutate({ teamId: team.id, archived: false })}
      >
        {restore.isPending ? "Restoring…" : "Restore"}
        <span className="sr-only"> {team.name}</span>
      </Button>
    </li>
  );
}
