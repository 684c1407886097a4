"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";

import type { RouterInputs } from "@tend/api";
import { useAction } from "@tend/nextjs/use-action";
import { Alert, Button, Card, CardDescription, CardTitle, Input } from "@tend/ui";
import {
  Form,
  FormControl,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
  setServerErrors,
} from "@tend/ui/form";

import { updateRoleWordsAction } from "~/actions/settings";

const WORDS = [
  { key: "helper", label: "[helper]", example: "counsellor" },
  { key: "help", label: "[help]", example: "counsel" },
  { key: "helping", label: "[helping]", example: "counselling" },
  { key: "helped", label: "[helped]", example: "counselled" },
  { key: "work", label: "[work]", example: "practice" },
] as const;

type Values = RouterInputs["selfCheckSettings"]["updateRoleWords"];

/** The organisation's words for ProQOL's bracketed terms, which its licence allows to be swapped. */
export function RoleWordsForm({ roleWords, preview }: { roleWords: Values; preview: string }) {
  const router = useRouter();
  const form = useForm<Values>({
    defaultValues: roleWords,
  });
  const save = useAction(updateRoleWordsAction, {
    onSuccess: (saved) => {
      form.reset(saved);
      router.refresh();
    },
    onError: ({ message, fieldErrors }) => {
      if (!setServerErrors(form, fieldErrors)) form.setError("root.server", { message });
    },
  });
  const rootError = form.formState.errors.root?.server?.message;
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
      {rootError ? <Alert tone="error">{rootError}</Alert> : null}
      <Form {...form}>
        <form
          className="space-y-4"
          onSubmit={form.handleSubmit((values) => save.mutate(values))}
          noValidate
        >
          <div className="grid gap-4 sm:grid-cols-2">
            {WORDS.map((w) => (
              <FormField
                key={w.key}
                control={form.control}
                name={w.key}
                render={({ field }) => (
                  <FormItem className="space-y-1">
                    <FormLabel>{w.label}</FormLabel>
                    <FormControl>
                      <Input {...field} placeholder={`e.g. ${w.example}`} maxLength={30} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
            ))}
          </div>
          <p className="text-sm text-muted-foreground">
            Item 2 now reads: <span className="text-foreground">“{preview}”</span>
          </p>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save words"}
          </Button>
        </form>
      </Form>
    </Card>
  );
}
