"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

// Read-aloud with the browser's own speech synthesis (issue 32): no network and no new service.
// It reads the units (sentences, or a question and its options) inside a container one at a
// time, marks the one being read (.reading-now) and keeps it in view, and says what it is doing
// in a live region. Hidden where the browser has no voice.

const RATES = [
  { value: 0.75, label: "Slower" },
  { value: 1, label: "Normal" },
  { value: 1.25, label: "Faster" },
];

type TState = "idle" | "reading" | "paused";

function unmark() {
  for (const element of document.querySelectorAll(".reading-now"))
    element.classList.remove("reading-now");
}

/** The units to read: shown on screen (a closed popover is not), outermost only, in order. */
function unitsIn(within: string, selector: string): HTMLElement[] {
  const root = document.getElementById(within);
  if (!root) return [];
  const shown = [...root.querySelectorAll<HTMLElement>(selector)].filter(
    (element) => element.checkVisibility() && element.innerText.trim() !== "",
  );
  return shown.filter(
    (element) => !shown.some((other) => other !== element && other.contains(element)),
  );
}

/** A voice on this device in the page's language when there is one: no text leaves it. */
function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string) {
  const base = lang.split("-")[0] ?? "en";
  const ofLang = voices.filter((voice) => voice.lang.toLowerCase().startsWith(base));
  return (
    ofLang.find((voice) => voice.localService) ??
    voices.find((voice) => voice.localService) ??
    ofLang[0] ??
    voices[0] ??
    null
  );
}

export function ReadAloud({
  within,
  units,
  label,
}: {
  /** The container's id. */
  within: string;
  /** CSS selector of the units to read inside it, in document order. */
  units: string;
  /** What is read, for the buttons' names ("the article", "question 2"). */
  label: string;
}) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [state, setState] = useState<TState>("idle");
  const [rate, setRate] = useState(1);
  const [status, setStatus] = useState("");
  const at = useRef(0);
  const run = useRef(0);

  useEffect(() => {
    if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
    const synth = window.speechSynthesis;
    const load = () =>
      setVoice(pickVoice(synth.getVoices(), document.documentElement.lang || "en"));
    load();
    synth.addEventListener("voiceschanged", load);
    return () => {
      synth.removeEventListener("voiceschanged", load);
    };
  }, []);

  // Leaving the page stops the reading and its mark.
  useEffect(() => {
    const runs = run;
    return () => {
      runs.current += 1;
      window.speechSynthesis?.cancel();
      unmark();
    };
  }, []);

  function speakFrom(index: number, speed: number) {
    const list = unitsIn(within, units);
    const element = list[index];
    const mine = run.current;
    unmark();
    if (!element) {
      setState("idle");
      setStatus(`Finished reading ${label}.`);
      at.current = 0;
      return;
    }
    at.current = index;
    element.classList.add("reading-now");
    element.scrollIntoView({ block: "nearest" });
    setStatus(`Reading ${label}: part ${index + 1} of ${list.length}.`);
    const utterance = new SpeechSynthesisUtterance(element.innerText.trim());
    utterance.rate = speed;
    if (voice) {
      utterance.voice = voice;
      utterance.lang = voice.lang;
    }
    utterance.onend = () => {
      // A stop or a rate change started another run: this one's end is not the next step.
      if (run.current === mine) speakFrom(index + 1, speed);
    };
    window.speechSynthesis.speak(utterance);
  }

  function start(speed = rate) {
    run.current += 1;
    window.speechSynthesis.cancel();
    setState("reading");
    speakFrom(state === "idle" ? 0 : at.current, speed);
  }

  function pause() {
    window.speechSynthesis.pause();
    setState("paused");
    setStatus(`Paused reading ${label}.`);
  }

  function resume() {
    window.speechSynthesis.resume();
    setState("reading");
    setStatus(`Reading ${label} again.`);
  }

  function stop() {
    run.current += 1;
    window.speechSynthesis.cancel();
    unmark();
    at.current = 0;
    setState("idle");
  }

  if (!voice) return null;
  return (
    <div
      role="group"
      aria-label={`Read ${label} aloud`}
      className="flex flex-wrap items-center gap-2"
    >
      {state === "idle" && (
        <Button variant="secondary" onClick={() => start()}>
          Read aloud
        </Button>
      )}
      {state === "reading" && (
        <Button variant="secondary" onClick={pause}>
          Pause
        </Button>
      )}
      {state === "paused" && (
        <Button variant="secondary" onClick={resume}>
          Resume
        </Button>
      )}
      {state !== "idle" && (
        <Button variant="secondary" onClick={stop}>
          Stop
        </Button>
      )}
      <label className="flex items-center gap-2 text-sm">
        Speed
        <select
          className="border-line bg-card text-ink min-h-11 rounded-md border px-2"
          value={rate}
          onChange={(event) => {
            const next = Number(event.target.value);
            setRate(next);
            // Reading goes on from the same part at the new speed.
            if (state === "reading") start(next);
          }}
        >
          {RATES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}
