"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { describeError, useTRPC } from "@tend/api/client";
import { MIN_PASSWORD_LENGTH } from "@tend/api/schemas";
import { Alert, Button, FieldError, Input, Label } from "@tend/ui";

export function AcceptInvitationForm({
  token,
  name: invitedName,
  hasAccount,
}: {
  token: string;
  name: string;
  hasAccount: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState(invitedName);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: () => router.push("/sign-in?joined=1"),
      onError: (error) => setErrors(describeError(error).fieldErrors),
    }),
  );

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!hasAccount && password !== confirm) {
          setErrors({ confirm: ["The two passwords differ."] });
          return;
        }
        setErrors({});
        accept.mutate({ token, name, password });
      }}
    >
      {accept.error && !Object.keys(errors).length ? (
        <Alert tone="error">{describeError(accept.error).message}</Alert>
      ) : null}
      <div className="space-y-2">
        <Label htmlFor={`${id}-name`}>Your name</Label>
        <Input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
          aria-invalid={Boolean(errors.name)}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
        />
        <FieldError id={`${id}-name-error`} messages={errors.name} />
      </div>
      <div className="space-y-2">
        <Label htmlFor={`${id}-pw`}>{hasAccount ? "Current password" : "Password"}</Label>
        <Input
          id={`${id}-pw`}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete={hasAccount ? "current-password" : "new-password"}
          aria-invalid={Boolean(errors.password)}
          aria-describedby={`${id}-pw-hint${errors.password ? ` ${id}-pw-error` : ""}`}
        />
        <p id={`${id}-pw-hint`} className="text-sm text-muted-foreground">
          At least {MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember.
        </p>
        <FieldError id={`${id}-pw-error`} messages={errors.password} />
      </div>
      {hasAccount ? null : (
        <div className="space-y-2">
          <Label htmlFor={`${id}-confirm`}>Repeat the password</Label>
          <Input
            id={`${id}-confirm`}
            type="password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            autoComplete="new-password"
            aria-invalid={Boolean(errors.confirm)}
            aria-describedby={errors.confirm ? `${id}-confirm-error` : undefined}
          />
          <FieldError id={`${id}-confirm-error`} messages={errors.confirm} />
        </div>
      )}
      <Button type="submit" className="w-full" disabled={accept.isPending}>
        {accept.isPending ? "Joining…" : "Join"}
      </Button>
    </form>
  );
}
