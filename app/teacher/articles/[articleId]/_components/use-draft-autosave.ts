"use client";

import { useEffect, useRef, useState } from "react";
import type { TActionState } from "@/app/lib/action-state";
import { mergeThreeWay } from "@/app/lib/authoring/merge";
import type { TPartSave } from "@/app/lib/data/draft-saves";

export type TAutosaveState =
  | { state: "idle" | "saving" | "saved"; message?: string }
  | { state: "failed"; message?: string }
  /** Another window changed the same fields: the teacher keeps theirs or this window's. */
  | { state: "conflict"; message?: string; fields: string[] };

const TYPING_PAUSE_MS = 800;

/** A server action that keeps one numbered autosave (saveDraftPartAction, saveQuestionDraftAction). */
type TAutosaveAction = (previous: undefined, form: FormData) => Promise<TActionState<TPartSave>>;

/**
 * Saves one part of a draft as the teacher types, the way answers are saved: numbered saves, a
 * short pause while typing, and whatever is pending sent when the tab is hidden or closed. One save
 * is in flight at a time, and each says what it started from (`base`: the part as this window last
 * knew it stored), so a save from a second window keeps what the first saved (the server merges
 * by field) or stops at a conflict for the teacher to settle. `replace` gives the editor what is
 * stored when that is more than it typed, and `shownKey` changes so its fields fill again. `fields` say what is saved (the article, and the part or
 * question); with `baseField` unset the server is not told the base (question drafts).
 */
/**
 * Calls `adopt` with what is stored whenever `changedKey` changes after the first render: the
 * part was changed another way than this editor (a draft accepted into it).
 */
export function useAdoptStored<T>(changedKey: number, stored: T, adopt: (value: T) => void): void {
  const seen = useRef(changedKey);
  useEffect(() => {
    if (seen.current === changedKey) return;
    seen.current = changedKey;
    adopt(stored);
  });
}

export function useDraftAutosave<T>(
  save: TAutosaveAction,
  fields: Readonly<Record<string, string>>,
  initialSeq: number,
  options: {
    /** What the editor opened with: the base of its first save. */
    initial: T;
    /** The text revision the page was drawn from: the one its citations name sentences of. */
    revision: number;
    /** Shows `value` in the editor in place of what it holds. */
    replace?: (value: T) => void;
    /** The form field the value travels in, as JSON. */
    valueField?: string;
    baseField?: string;
  },
) {
  const { valueField = "content", baseField } = options;
  const seq = useRef(initialSeq);
  const base = useRef<T>(options.initial);
  // Follows the server's answers: after a text edit elsewhere, a save's citations come back
  // carried to the new sentence ids, and from then on are sent as of that revision.
  const revision = useRef(options.revision);
  const latest = useRef<T | undefined>(undefined);
  /** Counts changes, so a save that lands while a newer change waits does not say "Saved.". */
  const changes = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const again = useRef(false);
  /** Bumped whenever `replace` shows another value: editors key their fields by it to refill them. */
  const [shownKey, setShownKey] = useState(0);
  const show = (value: T) => {
    options.replace?.(value);
    setShownKey((key) => key + 1);
  };
  /** What is stored when a conflict stopped the save: "theirs", for `resolve`. */
  const conflict = useRef<T | undefined>(undefined);
  const [status, setStatus] = useState<TAutosaveState>({ state: "idle" });

  async function send(): Promise<void> {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      await sendLoop();
    } finally {
      inFlight.current = false;
    }
  }

  async function sendLoop(): Promise<void> {
    for (;;) {
      again.current = false;
      const value = latest.current;
      if (value === undefined) return;
      const sent = changes.current;
      seq.current += 1;
      const form = new FormData();
      for (const [name, field] of Object.entries(fields)) form.set(name, field);
      form.set("seq", String(seq.current));
      form.set("revision", String(revision.current));
      form.set(valueField, JSON.stringify(value));
      if (baseField) form.set(baseField, JSON.stringify(base.current));
      setStatus({ state: "saving" });
      let result: TActionState<TPartSave>;
      try {
        result = await save(undefined, form);
      } catch {
        return setStatus({
          state: "failed",
          message: "No connection: your last changes are not saved.",
        });
      }
      const saved = result.data;
      if (!result.ok || !saved) return setStatus({ state: "failed", message: result.message });
      if (saved.status === "stale") {
        // Another window saved a higher number: send again above it, from the same base.
        seq.current = saved.seq;
        continue;
      }
      if (saved.status === "conflict") {
        seq.current = saved.seq;
        conflict.current = saved.theirs as T;
        if (saved.revision !== revision.current) {
          // This window's citations, as the server carried them through the text edit.
          revision.current = saved.revision;
          latest.current = saved.mine as T;
          show(latest.current);
        }
        return setStatus({
          state: "conflict",
          fields: saved.fields,
          message: `Another window changed the same ${saved.fields.length === 1 ? "field" : "fields"} (${saved.fields.join(", ")}). Nothing here is saved until you choose.`,
        });
      }
      const stored = (saved.merged ?? value) as T;
      base.current = stored;
      revision.current = saved.revision;
      if (saved.merged !== undefined) {
        // Another window's fields are kept: show them, with anything typed here since on top.
        const typedSince = latest.current ?? value;
        const shown = mergeThreeWay(value, stored, typedSince).value as T;
        show(shown);
        latest.current = shown;
        if (changes.current === sent) latest.current = undefined;
        else again.current = true;
      } else if (changes.current === sent) {
        latest.current = undefined;
      }
      // A newer change waits for its pause, or arrived during this save: that one decides.
      if (again.current) continue;
      if (changes.current !== sent) return;
      return setStatus({
        state: "saved",
        message:
          saved.merged !== undefined
            ? "Another window's changes to this part are kept too, and shown here."
            : undefined,
      });
    }
  }

  const update = (value: T, typing: boolean) => {
    latest.current = value;
    changes.current += 1;
    clearTimeout(timer.current);
    if (status.state !== "conflict") setStatus({ state: "saving" });
    if (typing) timer.current = setTimeout(() => void send(), TYPING_PAUSE_MS);
    else void send();
  };

  /** Settles a conflict: keep this window's text (saved over the other's) or take the other's. */
  const resolve = (choice: "mine" | "theirs") => {
    const theirs = conflict.current;
    if (theirs === undefined) return;
    conflict.current = undefined;
    base.current = theirs;
    if (choice === "mine") return void send();
    latest.current = undefined;
    clearTimeout(timer.current);
    show(theirs);
    setStatus({ state: "saved", message: "Showing the other window's version." });
  };

  const unsaved =
    status.state === "saving" || status.state === "failed" || status.state === "conflict";
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

  // Leaving the step (a link within the studio unmounts the editor, and no beforeunload fires):
  // what waits for its typing pause is sent now.
  const flush = useRef(() => {});
  useEffect(() => {
    flush.current = () => {
      if (timer.current !== undefined) void send();
    };
  });
  useEffect(() => () => flush.current(), []);

  /**
   * Takes in what is stored after it changed another way (a draft accepted into this part): shown
   * at once, with anything typed here and not yet saved kept on top, as a second window's save is.
   */
  const adopt = (stored: T) => {
    const typed = latest.current;
    const shown =
      typed === undefined ? stored : (mergeThreeWay(base.current, typed, stored).value as T);
    base.current = stored;
    revision.current = options.revision;
    show(shown);
    if (typed !== undefined) latest.current = shown;
  };

  /** Drops what is pending: the value was saved another way (a question's Save button). */
  const cancel = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    latest.current = undefined;
    setStatus({ state: "idle" });
  };

  return {
    status,
    update,
    cancel,
    resolve,
    adopt,
    shownKey,
    retry: () => void send(),
    /** The revision the editor's citations are in now, for a save made another way. */
    revision: () => revision.current,
  };
}
