"use client";

import { buttonClass } from "@/components/ui/button";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import type { TStartAttempt } from "@/app/lib/schemas/attempts";

/** Starts (or resumes) an attempt through POST /api/attempts, then opens it. */
export function StartAttemptButton({
  start,
  children,
  label,
}: {
  start: TStartAttempt;
  children: ReactNode;
  label: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <button
        type="button"
        aria-label={label}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            try {
              const response = await fetch("/api/attempts", {
                method: "POST",
                headers: { "Content-Type": "application/json" },
                body: JSON.stringify(start),
              });
              const body = (await response.json().catch(() => ({}))) as {
                attemptId?: string;
                error?: string;
              };
              if (response.ok && body.attemptId) router.push(`/attempts/${body.attemptId}`);
              else setError(body.error ?? "The attempt could not be started.");
            } catch {
              setError("No connection: the attempt could not be started.");
            }
          })
        }
        className={buttonClass()}
      >
        {pending ? "Starting…" : children}
      </button>
      {error && (
        <p role="alert" className="font-semibold text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
