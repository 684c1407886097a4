import type { ComponentProps } from "react";

import { cn } from "./cn";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn("ui-control", className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn("ui-control ui-select", className)} {...props} />;
}

export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("ui-label", className)} {...props} />;
}

/** A field's error message; give its id to the control's aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {messages.join(" ")}
    </p>
  );
}

export function Alert({
  className,
  tone = "info",
  ...props
}: ComponentProps<"div"> & { tone?: "info" | "error" | "success" }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("ui-alert", `ui-alert-${tone}`, className)}
      {...props}
    />
  );
}
