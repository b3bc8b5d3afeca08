"use client";

import { useEffect, useRef, useState } from "react";
import type { TAnnotationSave } from "@/app/lib/reading/annotations";

// Saves a student's highlights as they make them, as answers are saved: each save carries a
// sequence number per highlight, so the server keeps the newest whatever order requests arrive
// in. Until the server has a change it is also kept on this device (localStorage, per student
// and article) and sent again on the next visit or when the connection returns, so a closed tab,
// a crash or a dropped connection loses nothing.

export type TSaveState = { state: "saving" | "saved" | "failed"; message?: string };
type TChange = Omit<TAnnotationSave, "seq">;

const TYPING_PAUSE_MS = 800;
// Refusals that a retry cannot turn into a save (bad input, not theirs, another version).
const FINAL = new Set([400, 403, 404, 409]);

function readStore(key: string): Record<string, TAnnotationSave> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, TAnnotationSave>) : {};
  } catch {
    return {};
  }
}

function writeStore(key: string, update: (all: Record<string, TAnnotationSave>) => void) {
  try {
    const all = readStore(key);
    update(all);
    if (Object.keys(all).length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(all));
  } catch {
    // Storage full or turned off: the save to the server still goes ahead.
  }
}

export function useAnnotationSaver(
  storeKey: string,
  initialSeqs: Record<string, number>,
  /** Changes found on this device from an earlier visit, to show and send again. */
  onRestore: (changes: TAnnotationSave[]) => void,
) {
  const seqs = useRef(new Map(Object.entries(initialSeqs)));
  const latest = useRef(new Map<string, TChange>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const [states, setStates] = useState<Record<string, TSaveState>>({});
  const setState = (id: string, state: TSaveState) => setStates((all) => ({ ...all, [id]: state }));

  async function send(id: string): Promise<void> {
    timers.current.delete(id);
    const change = latest.current.get(id);
    if (!change) return;
    for (;;) {
      const seq = (seqs.current.get(id) ?? 0) + 1;
      seqs.current.set(id, seq);
      const save = { ...change, seq };
      writeStore(storeKey, (all) => {
        all[id] = save;
      });
      setState(id, { state: "saving" });
      let response: Response;
      try {
        response = await fetch("/api/annotations", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(save),
        });
      } catch {
        if (seqs.current.get(id) === seq)
          setState(id, {
            state: "failed",
            message: "No connection. Kept on this device and sent when you are back online.",
          });
        return;
      }
      if (seqs.current.get(id) !== seq) return; // a newer save is on its way and decides
      const reply = (await response.json().catch(() => ({}))) as {
        status?: string;
        seq?: number;
        error?: string;
      };
      if (response.status === 409 && reply.status === "stale") {
        // Another tab saved a newer number: this is the student's latest change, sent above it.
        seqs.current.set(id, reply.seq ?? seq);
        continue;
      }
      if (response.ok || FINAL.has(response.status))
        writeStore(storeKey, (all) => {
          if (all[id]?.seq === seq) delete all[id];
        });
      if (response.ok) return setState(id, { state: "saved" });
      return setState(id, { state: "failed", message: reply.error ?? "Not saved. Try again." });
    }
  }

  /** Records a change and sends it now, or after a pause in typing. */
  const save = (change: TChange, typing = false) => {
    latest.current.set(change.id, change);
    clearTimeout(timers.current.get(change.id));
    if (typing) {
      setState(change.id, { state: "saving" });
      timers.current.set(
        change.id,
        setTimeout(() => void send(change.id), TYPING_PAUSE_MS),
      );
    } else {
      void send(change.id);
    }
  };

  // What an earlier visit left unsent is shown and sent again, once.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const restore = () => {
      const kept = Object.values(readStore(storeKey));
      if (kept.length === 0) return;
      onRestore(kept);
      for (const { seq, ...change } of kept) {
        seqs.current.set(change.id, Math.max(seqs.current.get(change.id) ?? 0, seq));
        latest.current.set(change.id, change);
        void send(change.id);
      }
    };
    restore();
  });

  // What is kept is sent when the connection returns; typing not yet sent goes out when the tab
  // is hidden or closed.
  useEffect(() => {
    const resend = () => {
      for (const id of Object.keys(readStore(storeKey))) void send(id);
    };
    const onHide = () => {
      if (document.visibilityState === "hidden")
        for (const id of [...timers.current.keys()]) void send(id);
    };
    window.addEventListener("online", resend);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("online", resend);
      document.removeEventListener("visibilitychange", onHide);
    };
  });

  return { states, save, retry: (id: string) => void send(id) };
}

/** A random id for a new highlight; crypto.randomUUID needs HTTPS, a school's LAN may not have it. */
export function newAnnotationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
