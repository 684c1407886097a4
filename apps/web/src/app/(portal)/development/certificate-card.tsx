"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, FieldError, Input, Label } from "@tend/ui";
import { ConfirmDialog } from "@tend/ui/alert-dialog";

import { attachCertificateAction, removeCertificateAction } from "~/actions/development";

const TEN_MB = 10 * 1024 * 1024;

/** An entry's certificate: download it, replace it or remove it, or upload one. */
export function CertificateCard({
  entryId,
  hasCertificate,
}: {
  entryId: string;
  hasCertificate: boolean;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [tooBig, setTooBig] = useState(false);
  const [removing, setRemoving] = useState(false);
  const attach = useAction(attachCertificateAction, {
    onSuccess: () => {
      form.current?.reset();
      router.refresh();
    },
  });
  const remove = useAction(removeCertificateAction, {
    onSuccess: () => {
      setRemoving(false);
      router.refresh();
    },
  });
  const fileError = tooBig
    ? ["This file is over 10 MB: save a smaller PDF or photo of the certificate."]
    : attach.error?.fieldErrors.file;

  return (
    <Card aria-labelledby="certificate-title" className="space-y-4">
      <div>
        <h2 id="certificate-title" className="ui-card-title">
          Certificate
        </h2>
        <p className="text-sm text-muted-foreground">
          A PDF, PNG or JPEG of up to 10 MB. You and, for licence compliance, your
          organisation&apos;s administrators can open it.
        </p>
      </div>
      {attach.isSuccess ? <Alert tone="success">Certificate saved.</Alert> : null}
      {hasCertificate ? (
        <div className="flex flex-wrap items-center gap-3">
          <a
            href={`/development/log/${entryId}/certificate`}
            className="text-sm font-medium text-primary underline-offset-4 hover:underline"
          >
            Download the certificate
          </a>
          <Button type="button" variant="outline" size="sm" onClick={() => setRemoving(true)}>
            Remove it
          </Button>
        </div>
      ) : null}
      <form
        ref={form}
        className="space-y-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const file = data.get("file");
          if (file instanceof File && file.size > TEN_MB) {
            setTooBig(true);
            return;
          }
          setTooBig(false);
          attach.mutate(data);
        }}
      >
        <input type="hidden" name="entryId" value={entryId} />
        <div className="space-y-1">
          <Label htmlFor="file">{hasCertificate ? "Replace it with" : "Upload"}</Label>
          <Input
            id="file"
            name="file"
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "file-error" : undefined}
            onChange={() => setTooBig(false)}
          />
          <FieldError id="file-error" messages={fileError} />
        </div>
        {attach.error && !attach.error.fieldErrors.file ? (
          <Alert tone="error">{attach.error.message}</Alert>
        ) : null}
        <Button type="submit" variant="secondary" disabled={attach.isPending}>
          {attach.isPending ? "Uploading…" : "Save certificate"}
        </Button>
      </form>
      <ConfirmDialog
        open={removing}
        onOpenChange={setRemoving}
        title="Remove the certificate?"
        description="The file is deleted. The entry stays in your log and keeps counting."
        confirmLabel="Remove"
        pendingLabel="Removing…"
        cancelLabel="Keep it"
        pending={remove.isPending}
        error={remove.error ? remove.error.message : null}
        onConfirm={() => remove.mutate({ entryId })}
      />
    </Card>
  );
}
