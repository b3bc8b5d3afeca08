"use client";

import { useEffect, useRef, useState } from "react";
import type { TActionState } from "@/app/lib/action-state";
import type { TPartSave } from "@/app/lib/data/authored-articles";

export type TAutosaveState = { state: "idle" | "saving" | "saved" | "failed"; message?: string };

const TYPING_PAUSE_MS = 800;

/** A server action that keeps one numbered autosave (saveDraftPartAction, saveQuestionDraftAction). */
type TAutosaveAction = (previous: undefined, form: FormData) => Promise<TActionState<TPartSave>>;

/**
 * Saves one part of a draft as the teacher types, the way answers are saved: numbered saves (the
 * server keeps the newest), a short pause while typing, and whatever is pending sent when the tab
 * is hidden or closed. `fields` say what is saved (the article, and the part or question).
 */
export function useDraftAutosave<T>(
  save: TAutosaveAction,
  fields: Readonly<Record<string, string>>,
  initialSeq: number,
  /** The form field the value travels in, as JSON. */
  valueField = "content",
) {
  const seq = useRef(initialSeq);
  const latest = useRef<T | undefined>(undefined);
  /** Counts changes, so a save that lands while a newer change waits does not say "Saved.". */
  const changes = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [status, setStatus] = useState<TAutosaveState>({ state: "idle" });

  async function send(): Promise<void> {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (latest.current === undefined) return;
    // Loops only when another tab saved a higher number: this tab's typing is the latest word.
    for (;;) {
      seq.current += 1;
      const mine = seq.current;
      const sent = changes.current;
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      form.set("seq", String(mine));
      form.set(valueField, JSON.stringify(latest.current));
      setStatus({ state: "saving" });
      try {
        const result = await save(undefined, form);
        // A newer save is on its way, or a newer change waits for its own: that one decides.
        if (seq.current !== mine || changes.current !== sent) return;
        const saved = result.data;
        if (result.ok && saved?.status === "stale") {
          seq.current = saved.seq;
          continue;
        }
        return setStatus(
          result.ok ? { state: "saved" } : { state: "failed", message: result.message },
        );
      } catch {
        if (seq.current === mine)
          setStatus({
            state: "failed",
            message: "No connection: your last changes are not saved.",
          });
        return;
      }
    }
  }

  const update = (value: T, typing: boolean) => {
    latest.current = value;
    changes.current += 1;
    clearTimeout(timer.current);
    setStatus({ state: "saving" });
    if (typing) timer.current = setTimeout(() => void send(), TYPING_PAUSE_MS);
    else void send();
  };

  const unsaved = status.state === "saving" || status.state === "failed";
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden" && timer.current !== undefined) void send();
    };
    // A save may not finish once the page is going away: the browser asks before it closes.
    const onLeave = (event: BeforeUnloadEvent) => {
      if (unsaved) event.preventDefault();
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("beforeunload", onLeave);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("beforeunload", onLeave);
    };
  });

  /** Drops what is pending: the value was saved another way (a question's Save button). */
  const cancel = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    latest.current = undefined;
    setStatus({ state: "idle" });
  };

  return { status, update, cancel, retry: () => void send() };
}
