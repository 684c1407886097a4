"use client";

import { Button } from "@tend/ui";

export function PrintButton() {
  return (
    <Button size="sm" variant="outline" onClick={() => window.print()}>
      Print or save as PDF
    </Button>
  );
}
