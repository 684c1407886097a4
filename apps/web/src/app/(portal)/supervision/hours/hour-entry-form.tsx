"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import type { RouterInputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, Input, Select } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";
import {
  Form,
  FormControl,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
  setServerErrors,
} from "@tend/ui/form";

import {
  addHourEntryAction,
  editHourEntryAction,
  removeHourEntryAction,
} from "~/actions/supervision";

type Values = RouterInputs["hours"]["add"];
interface Supervisor {
  membershipId: string;
  name: string;
}

function HourEntryForm({
  supervisors,
  initial,
  entryId,
  onDone,
}: {
  supervisors: Supervisor[];
  initial: Values;
  entryId?: string;
  onDone: () => void;
}) {
  const router = useRouter();
  const form = useForm<Values>({ defaultValues: initial });
  const callbacks = {
    onSuccess: () => {
      form.reset(initial);
      onDone();
      router.refresh();
    },
    onError: ({
      message,
      fieldErrors,
    }: {
      message: string;
      fieldErrors: Record<string, string[]>;
    }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  };
  const add = useAction(addHourEntryAction, callbacks);
  const edit = useAction(editHourEntryAction, callbacks);
  const pending = add.isPending || edit.isPending;
  const rootError = form.formState.errors.root?.server?.message;
  return (
    <Form {...form}>
      <form
        noValidate
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={form.handleSubmit((values) => {
          const v = { ...values, minutes: Number(values.minutes) };
          if (entryId) edit.mutate({ id: entryId, ...v });
          else add.mutate(v);
        })}
      >
        <FormField
          control={form.control}
          name="date"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Date</FormLabel>
              <FormControl>
                <Input type="date" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="minutes"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Minutes</FormLabel>
              <FormControl>
                <Input
                  type="number"
                  min={5}
                  max={600}
                  step={5}
                  {...field}
                  onChange={(e) => field.onChange(e.target.valueAsNumber)}
                />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="kind"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Kind</FormLabel>
              <FormControl>
                <Select {...field}>
                  <option value="individual">Individual</option>
                  <option value="group">Group</option>
                </Select>
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="format"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Format</FormLabel>
              <FormControl>
                <Select {...field}>
                  <option value="in-person">In person</option>
                  <option value="video">Video</option>
                  <option value="phone">Phone</option>
                </Select>
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="supervisorMembershipId"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Supervisor who signs</FormLabel>
              <FormControl>
                <Select {...field}>
                  {supervisors.map((s) => (
                    <option key={s.membershipId} value={s.membershipId}>
                      {s.name}
                    </option>
                  ))}
                </Select>
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="topic"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Topic (no client details)</FormLabel>
              <FormControl>
                <Input maxLength={200} placeholder="e.g. Team case consultation" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        {rootError ? (
          <Alert tone="error" className="sm:col-span-2">
            {rootError}
          </Alert>
        ) : null}
        <div className="flex gap-2 sm:col-span-2">
          <Button type="submit" size="sm" disabled={pending}>
            {pending ? "Saving…" : entryId ? "Save and send for signature" : "Add entry"}
          </Button>
          {entryId ? (
            <Button type="button" size="sm" variant="ghost" onClick={onDone}>
              Cancel
            </Button>
          ) : null}
        </div>
      </form>
    </Form>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** Adds supervision that happened outside Tend. */
export function AddHourEntry({ supervisors }: { supervisors: Supervisor[] }) {
  const [key, setKey] = useState(0);
  return (
    <Card className="space-y-3" aria-labelledby="add-hours-title">
      <h2 id="add-hours-title" className="text-lg font-semibold tracking-tight">
        Add supervision outside Tend
      </h2>
      {supervisors.length === 0 ? (
        <p className="text-sm text-muted-foreground">You need a supervisor here to sign entries.</p>
      ) : (
        <HourEntryForm
          key={key}
          supervisors={supervisors}
          initial={{
            supervisorMembershipId: supervisors[0]?.membershipId ?? "",
            kind: "individual",
            date: today(),
            minutes: 60,
            format: "in-person",
            topic: "",
          }}
          onDone={() => setKey((k) => k + 1)}
        />
      )}
    </Card>
  );
}

/** Edit and remove for an entry that is not signed. */
export function EntryActions({
  entry,
  supervisors,
}: {
  entry: Values & { id: string };
  supervisors: Supervisor[];
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const remove = useAction(removeHourEntryAction, {
    onSuccess: () => {
      setRemoving(false);
      router.refresh();
    },
  });
  const { id, ...values } = entry;
  return (
    <>
      <span className="flex gap-1">
        <Button size="sm" variant="ghost" onClick={() => setEditing(!editing)}>
          {editing ? "Close" : "Edit"}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setRemoving(true)}>
          Remove
        </Button>
      </span>
      {editing ? (
        <div className="mt-3 w-full">
          <HourEntryForm
            supervisors={supervisors}
            initial={values}
            entryId={id}
            onDone={() => setEditing(false)}
          />
        </div>
      ) : null}
      <ConfirmDialog
        open={removing}
        onOpenChange={setRemoving}
        title="Remove this entry?"
        description="It is removed from your log and from your supervisor's list to sign."
        confirmLabel="Remove"
        cancelLabel="Keep it"
        pending={remove.isPending}
        error={remove.error?.message}
        onConfirm={() => remove.mutate({ id })}
      />
    </>
  );
}
