"use client";

import type { ComponentProps, ReactNode } from "react";
import type { ControllerProps, FieldPath, FieldValues, Path, UseFormReturn } from "react-hook-form";
import { Slot } from "@radix-ui/react-slot";
import { createContext, useContext, useId, useLayoutEffect, useMemo, useState } from "react";
import { Controller, FormProvider, useFormContext, useFormState } from "react-hook-form";

import { cn } from "./cn";
import { Label } from "./form";

/**
 * shadcn/ui's Form pattern over react-hook-form: `<Form {...form}>` provides the form,
 * `FormField` binds one field, and `FormItem` wires its label, control, hint and message
 * together (ids, aria-describedby, aria-invalid).
 */
export const Form = FormProvider;

const FieldNameContext = createContext<string | null>(null);

export function FormField<
  TFieldValues extends FieldValues = FieldValues,
  TName extends FieldPath<TFieldValues> = FieldPath<TFieldValues>,
  TTransformedValues = TFieldValues,
>(props: ControllerProps<TFieldValues, TName, TTransformedValues>) {
  return (
    <FieldNameContext.Provider value={props.name}>
      <Controller {...props} />
    </FieldNameContext.Provider>
  );
}

interface ItemContext {
  id: string;
  hasDescription: boolean;
  setHasDescription: (has: boolean) => void;
}

const ItemContext = createContext<ItemContext | null>(null);

export function FormItem({ className, ...props }: ComponentProps<"div">) {
  const id = useId();
  const [hasDescription, setHasDescription] = useState(false);
  const value = useMemo(() => ({ id, hasDescription, setHasDescription }), [id, hasDescription]);
  return (
    <ItemContext.Provider value={value}>
      <div className={cn("ui-form-item", className)} {...props} />
    </ItemContext.Provider>
  );
}

/** The ids and error state of the field around the caller. */
export function useFormField() {
  const name = useContext(FieldNameContext);
  const item = useContext(ItemContext);
  const { getFieldState } = useFormContext();
  const formState = useFormState({ name: name ?? "" });
  if (!name || !item) throw new Error("useFormField belongs inside <FormField> and <FormItem>.");
  const fieldState = getFieldState(name, formState);
  return {
    name,
    formItemId: `${item.id}-control`,
    formDescriptionId: `${item.id}-description`,
    formMessageId: `${item.id}-message`,
    hasDescription: item.hasDescription,
    setHasDescription: item.setHasDescription,
    ...fieldState,
  };
}

export function FormLabel({ className, ...props }: ComponentProps<"label">) {
  const { formItemId, error } = useFormField();
  return (
    <Label
      data-error={Boolean(error)}
      className={cn("ui-form-label", className)}
      htmlFor={formItemId}
      {...props}
    />
  );
}

/** Passes the field's id, description and error to its one child, the control. */
export function FormControl(props: ComponentProps<typeof Slot>) {
  const { formItemId, formDescriptionId, formMessageId, hasDescription, error } = useFormField();
  const describedBy = [hasDescription ? formDescriptionId : null, error ? formMessageId : null]
    .filter(Boolean)
    .join(" ");
  return (
    <Slot
      id={formItemId}
      aria-describedby={describedBy || undefined}
      aria-invalid={Boolean(error)}
      {...props}
    />
  );
}

export function FormDescription({ className, ...props }: ComponentProps<"p">) {
  const { formDescriptionId, setHasDescription } = useFormField();
  useLayoutEffect(() => {
    setHasDescription(true);
    return () => setHasDescription(false);
  }, [setHasDescription]);
  return <p id={formDescriptionId} className={cn("ui-form-description", className)} {...props} />;
}

export function FormMessage({ className, children, ...props }: ComponentProps<"p">) {
  const { formMessageId, error } = useFormField();
  const body: ReactNode = error?.message ?? children;
  if (!body) return null;
  return (
    <p id={formMessageId} className={cn("ui-form-message", className)} {...props}>
      {body}
    </p>
  );
}

/**
 * Puts a failed call's field errors (`Failure.fieldErrors`, keyed by each field's dotted path)
 * beside the fields they name. Returns false when there were none, so the caller can show the
 * general message.
 */
export function setServerErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, "setError">,
  fieldErrors: Record<string, string[] | undefined>,
): boolean {
  let any = false;
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if (!messages?.length) continue;
    // The API names fields by their dotted paths, as react-hook-form does.
    form.setError(field as Path<T>, { type: "server", message: messages.join(" ") });
    any = true;
  }
  return any;
}
