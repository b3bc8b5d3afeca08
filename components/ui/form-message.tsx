"use client";

import { useEffect, useRef } from "react";

/**
 * The form-level outcome: an alert for problems, a polite status for success. When an outcome
 * arrives it is brought into view with focus — on a refusal the first field marked wrong, else the
 * message — so a form longer than the screen never answers out of sight.
 */
export function FormMessage({ state }: { state: { ok?: boolean; message?: string } | undefined }) {
  const shown = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const message = shown.current;
    if (!message || !state) return;
    const field = state.ok
      ? null
      : message.closest("form")?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = field ?? message;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }, [state]);
  if (!state?.message) return <div role="status" aria-live="polite" className="sr-only" />;
  return state.ok ? (
    <p
      ref={shown}
      tabIndex={-1}
      role="status"
      className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100"
    >
      {state.message}
    </p>
  ) : (
    <p
      ref={shown}
      tabIndex={-1}
      role="alert"
      className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
    >
      {state.message}
    </p>
  );
}
