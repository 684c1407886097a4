"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import type { RouterInputs, RouterOutputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, CardDescription, CardTitle } from "@tend/ui";
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

import { updateSupportResourcesAction } from "~/actions/settings";

type Values = RouterInputs["selfCheckSettings"]["updateSupportResources"];
type Saved = RouterOutputs["selfCheckSettings"]["updateSupportResources"];

/**
 * The support text clinicians see, calmly, when a self-check result is high. Admins edit the
 * text only: they never see who saw it or why.
 */
export function SupportResourcesForm({
  text,
  isDefault,
  defaultText,
}: {
  text: string;
  isDefault: boolean;
  defaultText: string;
}) {
  const router = useRouter();
  const [confirmReset, setConfirmReset] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: { text },
  });
  const onSaved = (result: Saved) => {
    form.reset({ text: result.text });
    setConfirmReset(false);
    setSaved(
      result.isDefault
        ? "The default text is restored."
        : "Saved. Clinicians see the new text from now on.",
    );
    router.refresh();
  };
  const update = useAction(updateSupportResourcesAction, {
    onSuccess: onSaved,
    onError: ({ message, fieldErrors }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  });
  const restore = useAction(updateSupportResourcesAction, { onSuccess: onSaved });
  const rootError = form.formState.errors.root?.server?.message;

  return (
    <Card className="space-y-4">
      <div>
        <CardTitle>Support resources</CardTitle>
        <CardDescription>
          Shown on a clinician&apos;s own results page when a result is high (ProQOL burnout or
          secondary traumatic stress, or CBI personal or work-related burnout of 50 or more). Name
          your employee assistance programme and always an emergency number.
        </CardDescription>
      </div>
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {rootError ? <Alert tone="error">{rootError}</Alert> : null}
      <Form {...form}>
        <form
          className="space-y-3"
          noValidate
          onSubmit={(event) => {
            setSaved(null);
            void form.handleSubmit((values) => update.mutate(values))(event);
          }}
        >
          <FormField
            control={form.control}
            name="text"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Text {isDefault ? "(currently the default)" : ""}</FormLabel>
                <FormControl>
                  <textarea
                    {...field}
                    value={field.value ?? ""}
                    rows={8}
                    maxLength={2000}
                    className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none aria-[invalid=true]:border-destructive"
                  />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={update.isPending || !form.formState.isDirty}>
              {update.isPending ? "Saving…" : "Save text"}
            </Button>
            {isDefault ? null : (
              <Button
                type="button"
                variant="outline"
                onClick={() => {
                  restore.reset();
                  setConfirmReset(true);
                }}
              >
                Restore the default…
              </Button>
            )}
          </div>
        </form>
      </Form>
      <ConfirmDialog
        open={confirmReset}
        onOpenChange={setConfirmReset}
        title="Restore the default text?"
        description="Clinicians will see the default support text instead of yours. Your text is not kept."
        confirmLabel="Yes, restore the default"
        pendingLabel="Restoring…"
        cancelLabel="Cancel"
        pending={restore.isPending}
        error={restore.error ? restore.error.message : null}
        onConfirm={() => {
          setSaved(null);
          restore.mutate({ text: null });
        }}
      />
      <details className="text-sm">
        <summary className="cursor-pointer text-primary">See the default text</summary>
        <p className="mt-2 whitespace-pre-line text-muted-foreground">{defaultText}</p>
      </details>
    </Card>
  );
}
