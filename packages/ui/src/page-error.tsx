"use client";

import { Button } from "./button";
import { Alert } from "./form";

/** The error state of a page (a Next.js error boundary): what happened, and a way to retry. */
export function PageError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-4">
      <Alert tone="error">Something went wrong while loading this page. Your data is safe.</Alert>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
