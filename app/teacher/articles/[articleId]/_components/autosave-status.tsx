"use client";

import { Button } from "@/components/ui/button";
import type { TAutosaveState } from "./use-draft-autosave";

const SAVE_TEXT: Record<TAutosaveState["state"], string> = {
  idle: "Changes save as you type.",
  saving: "Saving…",
  saved: "Saved.",
  failed: "Not saved.",
};

/** What an autosaving part says about its last save, with a retry when it failed. */
export function AutosaveStatus({ status, retry }: { status: TAutosaveState; retry: () => void }) {
  return (
    <>
      <p role="status" className="text-muted text-sm">
        {SAVE_TEXT[status.state]} {status.message}
      </p>
      {status.state === "failed" ? (
        <Button variant="secondary" size="sm" onClick={retry}>
          Try saving again
        </Button>
      ) : null}
    </>
  );
}
