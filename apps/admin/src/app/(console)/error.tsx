"use client";

import { Alert, Button } from "@tend/ui";

export default function PortalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-4">
      <Alert tone="error">Something went wrong while loading this page. Your data is safe.</Alert>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
