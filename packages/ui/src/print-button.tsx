"use client";

import { Button } from "./button";

/** Opens the browser's print dialog, where a page can also be saved as a PDF. */
export function PrintButton() {
  return (
    <Button size="sm" variant="outline" onClick={() => window.print()}>
      Print or save as PDF
    </Button>
  );
}
