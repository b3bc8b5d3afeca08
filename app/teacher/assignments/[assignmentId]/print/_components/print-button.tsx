"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (the button itself is not printed). */
export function PrintButton() {
  return <Button onClick={() => window.print()}>Print</Button>;
}
