"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { describeError, useTRPC } from "@tend/api/client";
import {
  Alert,
  Button,
  Card,
  CardDescription,
  CardTitle,
  FieldError,
  Input,
  Label,
} from "@tend/ui";

const WORDS = [
  { key: "helper", label: "[helper]", example: "counsellor" },
  { key: "help", label: "[help]", example: "counsel" },
  { key: "helping", label: "[helping]", example: "counselling" },
  { key: "helped", label: "[helped]", example: "counselled" },
  { key: "work", label: "[work]", example: "practice" },
] as const;
type Key = (typeof WORDS)[number]["key"];

/** The organisation's words for ProQOL's bracketed terms, which its licence allows to be swapped. */
export function RoleWordsForm({
  roleWords,
  preview,
}: {
  roleWords: Record<Key, string>;
  preview: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [words, setWords] = useState<Record<Key, string>>(roleWords);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const save = useMutation(
    trpc.selfCheckSettings.updateRoleWords.mutationOptions({
      onSuccess: (saved) => {
        setWords(saved);
        setErrors({});
        router.refresh();
      },
      onError: (e) => setErrors(describeError(e).fieldErrors),
    }),
  );
  return (
    <Card className="space-y-4">
      <div>
        <CardTitle>Words used in the ProQOL</CardTitle>
        <CardDescription>
          The ProQOL asks about the people you “[help]” as a “[helper]”. Its licence lets you use
          your team&apos;s own words instead, such as counsellor and counsel. Leave a box empty for
          the plain word.
        </CardDescription>
      </div>
      {save.isSuccess ? (
        <Alert tone="success">Saved. New ProQOL forms use these words.</Alert>
      ) : null}
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(words);
        }}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          {WORDS.map((w) => (
            <div key={w.key} className="space-y-1">
              <Label htmlFor={`${id}-${w.key}`}>{w.label}</Label>
              <Input
                id={`${id}-${w.key}`}
                value={words[w.key]}
                placeholder={`e.g. ${w.example}`}
                maxLength={30}
                onChange={(e) => setWords({ ...words, [w.key]: e.target.value })}
                aria-invalid={Boolean(errors[w.key])}
                aria-describedby={errors[w.key] ? `${id}-${w.key}-error` : undefined}
              />
              <FieldError id={`${id}-${w.key}-error`} messages={errors[w.key]} />
            </div>
          ))}
        </div>
        <p className="text-sm text-muted-foreground">
          Item 2 now reads: <span className="text-foreground">“{preview}”</span>
        </p>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save words"}
        </Button>
      </form>
    </Card>
  );
}
