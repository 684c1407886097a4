"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { RouterInputs, RouterOutputs } from "@tend/api";
import type { PossibleIdentifier } from "@tend/supervision/deidentify";
import { useAction } from "@tend/nextjs/use-action";
import { highlightSegments } from "@tend/supervision/deidentify";
import {
  Alert,
  Button,
  Card,
  CardDescription,
  EmptyState,
  FieldError,
  Input,
  Label,
} from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { addAgendaItemAction, removeAgendaItemAction } from "~/actions/supervision";

type Item = RouterOutputs["session"]["get"]["agenda"][number];
type Values = Omit<RouterInputs["session"]["addAgendaItem"], "sessionId" | "confirmed">;
type Field = "title" | "summary" | "helpWanted";
const FIELD_NAMES: Record<Field, string> = {
  title: "Title",
  summary: "Summary",
  helpWanted: "Help you want",
};

const textareaClass =
  "w-full rounded-md border border-input bg-background px-3 py-2 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none aria-[invalid=true]:border-destructive";

/** The text of a field with what may identify a client marked. */
function Highlighted({ text, finds }: { text: string; finds: PossibleIdentifier[] }) {
  return (
    <p className="rounded-md bg-muted p-2 text-sm whitespace-pre-wrap">
      {highlightSegments(text, finds).map((segment, i) =>
        segment.find ? (
          <mark
            key={i}
            className="rounded bg-yellow-200 px-0.5 text-foreground"
            title={segment.find.label}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

/** The case-discussion agenda: items the session's people bring, checked for client identifiers. */
export function AgendaSection({
  sessionId,
  items,
  canAdd,
  isSupervisor,
}: {
  sessionId: string;
  items: Item[];
  canAdd: boolean;
  isSupervisor: boolean;
}) {
  const router = useRouter();
  const [removing, setRemoving] = useState<Item | null>(null);
  const remove = useAction(removeAgendaItemAction, {
    onSuccess: () => {
      setRemoving(null);
      router.refresh();
    },
  });
  return (
    <Card className="space-y-4" aria-labelledby="agenda-title">
      <div>
        <h2 id="agenda-title" className="text-lg font-semibold tracking-tight">
          Agenda
        </h2>
        <CardDescription>
          Visible to this session&apos;s participants and supervisor only. Describe cases without
          anything that could identify a client.
        </CardDescription>
      </div>
      {items.length === 0 ? (
        <EmptyState title="Nothing on the agenda yet">
          Add a case you would like to discuss.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="rounded-md border border-border px-4 py-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p className="font-medium">{item.title}</p>
                  <p className="text-sm text-muted-foreground">
                    From {item.mine ? "you" : item.authorName}
                  </p>
                </div>
                {item.mine || isSupervisor ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Remove “${item.title}”`}
                    onClick={() => {
                      remove.reset();
                      setRemoving(item);
                    }}
                  >
                    Remove
                  </Button>
                ) : null}
              </div>
              {item.summary ? (
                <p className="mt-2 text-sm whitespace-pre-wrap">{item.summary}</p>
              ) : null}
              {item.helpWanted ? (
                <p className="mt-2 text-sm">
                  <span className="font-medium">Help wanted: </span>
                  {item.helpWanted}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canAdd ? <AddAgendaItem sessionId={sessionId} /> : null}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title="Remove this agenda item?"
        description={removing ? `“${removing.title}” will be removed from the agenda.` : ""}
        confirmLabel="Remove"
        cancelLabel="Keep it"
        pending={remove.isPending}
        error={remove.error?.message}
        onConfirm={() => {
          if (removing) remove.mutate({ itemId: removing.id });
        }}
      />
    </Card>
  );
}

/**
 * The form to add a case: plain state rather than a form library, which would more than double
 * this page's JavaScript. The server checks and trims; its field messages show beside the fields.
 */
function AddAgendaItem({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const empty: Values = { title: "", summary: "", helpWanted: "" };
  const [values, setValues] = useState(empty);
  const [warning, setWarning] = useState<{
    values: Values;
    finds: (PossibleIdentifier & { field: Field })[];
  } | null>(null);
  const add = useAction(addAgendaItemAction, {
    onSuccess: (result, input) => {
      if (result.status === "needs-confirmation") {
        const { sessionId: _s, confirmed: _c, ...sent } = input;
        setWarning({ values: sent, finds: result.identifiers });
        return;
      }
      setWarning(null);
      setValues(empty);
      router.refresh();
    },
  });
  const errors = add.error?.fieldErrors ?? {};
  const rootError = add.error && Object.keys(errors).length === 0 ? add.error.message : null;
  const field = (name: Field, hint?: string) => ({
    id: `case-${name}`,
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) =>
      setValues((v) => ({ ...v, [name]: e.target.value })),
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby":
      [errors[name] ? `case-${name}-error` : "", hint ?? ""].filter(Boolean).join(" ") || undefined,
  });
  return (
    <form
      className="space-y-3 rounded-md bg-muted/50 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        // Trimmed here as the server trims, so the guard's positions fit the text shown.
        add.mutate({
          sessionId,
          title: values.title.trim(),
          summary: values.summary.trim(),
          helpWanted: values.helpWanted.trim(),
          confirmed: false,
        });
      }}
      noValidate
      aria-labelledby="add-agenda-title"
    >
      <h3 id="add-agenda-title" className="font-medium">
        Add a case
      </h3>
      <div className="space-y-1">
        <Label htmlFor="case-title">Title</Label>
        <Input {...field("title")} maxLength={120} placeholder="e.g. Pacing long-term grief work" />
        <FieldError id="case-title-error" messages={errors.title} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="case-summary">Summary (de-identified)</Label>
        <textarea
          {...field("summary", "case-summary-hint")}
          rows={3}
          maxLength={2000}
          className={textareaClass}
        />
        <p id="case-summary-hint" className="text-sm text-muted-foreground">
          No names, dates of birth, addresses, phone numbers or record numbers.
        </p>
        <FieldError id="case-summary-error" messages={errors.summary} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="case-helpWanted">Help you want</Label>
        <textarea {...field("helpWanted")} rows={2} maxLength={1000} className={textareaClass} />
        <FieldError id="case-helpWanted-error" messages={errors.helpWanted} />
      </div>
      {warning ? (
        <div
          role="alert"
          className="space-y-3 rounded-md border border-yellow-400 bg-yellow-50 p-3"
        >
          <p className="font-medium">This may identify a client</p>
          <p className="text-sm">
            Tend found {warning.finds.length === 1 ? "something" : `${warning.finds.length} things`}{" "}
            that could identify someone (
            {[...new Set(warning.finds.map((f) => f.label))].join(", ")}). Change the text above, or
            save it as it is if you are sure it identifies nobody.
          </p>
          {(Object.keys(FIELD_NAMES) as Field[])
            .filter((field) => warning.finds.some((f) => f.field === field))
            .map((field) => (
              <div key={field}>
                <p className="text-xs font-medium text-muted-foreground">{FIELD_NAMES[field]}</p>
                <Highlighted
                  text={warning.values[field]}
                  finds={warning.finds.filter((f) => f.field === field)}
                />
              </div>
            ))}
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              size="sm"
              variant="outline"
              disabled={add.isPending}
              onClick={() => add.mutate({ sessionId, ...warning.values, confirmed: true })}
            >
              It identifies nobody: save as it is
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setWarning(null)}>
              I will change it
            </Button>
          </div>
        </div>
      ) : null}
      {rootError ? <Alert tone="error">{rootError}</Alert> : null}
      <Button type="submit" size="sm" disabled={add.isPending}>
        {add.isPending ? "Checking…" : "Add to the agenda"}
      </Button>
    </form>
  );
}
