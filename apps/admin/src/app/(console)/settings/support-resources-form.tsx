"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { describeError, useTRPC } from "@tend/api/client";
import { Alert, Button, Card, CardDescription, CardTitle, FieldError, Label } from "@tend/ui";

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
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(text);
  const [confirmReset, setConfirmReset] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const update = useMutation(
    trpc.selfCheckSettings.updateSupportResources.mutationOptions({
      onSuccess: (result) => {
        setValue(result.text);
        setErrors({});
        setConfirmReset(false);
        setSaved(
          result.isDefault
            ? "The default text is restored."
            : "Saved. Clinicians see the new text from now on.",
        );
        router.refresh();
      },
      onError: (e) => setErrors(describeError(e).fieldErrors),
    }),
  );
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
      {update.error && !Object.keys(errors).length ? (
        <Alert tone="error">{describeError(update.error).message}</Alert>
      ) : null}
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(null);
          update.mutate({ text: value });
        }}
      >
        <Label htmlFor={`${id}-text`}>Text {isDefault ? "(currently the default)" : ""}</Label>
        <textarea
          id={`${id}-text`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          rows={8}
          maxLength={2000}
          aria-invalid={Boolean(errors.text)}
          aria-describedby={errors.text ? `${id}-text-error` : undefined}
          className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm"
        />
        <FieldError id={`${id}-text-error`} messages={errors.text} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={update.isPending || value === text}>
            {update.isPending ? "Saving…" : "Save text"}
          </Button>
          {isDefault ? null : confirmReset ? (
            <>
              <Button
                type="button"
                variant="destructive"
                onClick={() => update.mutate({ text: null })}
              >
                Yes, restore the default
              </Button>
              <Button type="button" variant="ghost" onClick={() => setConfirmReset(false)}>
                Cancel
              </Button>
            </>
          ) : (
            <Button type="button" variant="outline" onClick={() => setConfirmReset(true)}>
              Restore the default…
            </Button>
          )}
        </div>
      </form>
      <details className="text-sm">
        <summary className="cursor-pointer text-primary">See the default text</summary>
        <p className="mt-2 whitespace-pre-line text-muted-foreground">{defaultText}</p>
      </details>
    </Card>
  );
}
