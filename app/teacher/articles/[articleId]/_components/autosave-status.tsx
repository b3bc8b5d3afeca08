"use client";

import { Button } from "@/components/ui/button";
import type { TAutosaveState } from "./use-draft-autosave";

const SAVE_TEXT: Record<TAutosaveState["state"], string> = {
  idle: "Changes save as you type.",
  saving: "Saving…",
  saved: "Saved.",
  failed: "Not saved.",
  conflict: "Not saved.",
};

/**
 * What an autosaving part says about its last save, with a retry when it failed and a choice when
 * another window changed the same fields.
 */
export function AutosaveStatus({
  status,
  retry,
  resolve,
}: {
  status: TAutosaveState;
  retry: () => void;
  resolve: (choice: "mine" | "theirs") => void;
}) {
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
      {status.state === "conflict" ? (
        <p className="flex flex-wrap gap-3">
          <Button variant="secondary" size="sm" onClick={() => resolve("mine")}>
            Keep what this window has
          </Button>
          <Button variant="secondary" size="sm" onClick={() => resolve("theirs")}>
            Show the other window&apos;s
          </Button>
        </p>
      ) : null}
    </>
  );
}
