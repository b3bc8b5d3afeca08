"use client";

import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import type { TReadingLevel } from "@/app/lib/content/schema";

const OPTIONS: { value: TReadingLevel; label: string; hint: string }[] = [
  { value: "standard", label: "Standard", hint: "fuller detail" },
  { value: "simpler", label: "Simpler", hint: "shorter sentences, everyday words" },
];

/**
 * Holds the explainer's reading level. Both levels are already in the page; switching changes one
 * attribute, then scrolls so the part the reader was looking at stays where it was on screen.
 */
export function ExplainerLevels({
  initialLevel,
  children,
}: {
  initialLevel: TReadingLevel;
  children: ReactNode;
}) {
  const [level, setLevel] = useState(initialLevel);
  const rootRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLFieldSetElement>(null);
  const anchor = useRef<{ element: Element; top: number } | null>(null);

  function choose(next: TReadingLevel) {
    // Keep still the first heading or card showing below the sticky bar: that is where the reader is.
    const barBottom = barRef.current?.getBoundingClientRect().bottom ?? 0;
    const marks = [...(rootRef.current?.querySelectorAll("[data-anchor]") ?? [])];
    const element = marks.find((mark) => mark.getBoundingClientRect().top >= barBottom);
    const kept = element ? { element, top: element.getBoundingClientRect().top } : null;
    anchor.current = kept;
    setLevel(next);
    const url = new URL(window.location.href);
    url.searchParams.set("level", next);
    window.history.replaceState(window.history.state, "", url);
  }

  useLayoutEffect(() => {
    const kept = anchor.current;
    anchor.current = null;
    if (kept) window.scrollBy(0, kept.element.getBoundingClientRect().top - kept.top);
  }, [level]);

  return (
    // The browser's own scroll anchoring would fight the layout effect's adjustment: turn it off.
    <div ref={rootRef} data-level={level} data-level-switch className="[overflow-anchor:none]">
      <fieldset
        ref={barRef}
        className="border-line bg-page sticky top-0 z-10 -mx-4 mt-6 border-b px-4 py-3"
      >
        <legend className="float-left mr-2 py-3 text-sm font-semibold">Reading level</legend>
        <div className="flex flex-wrap items-center gap-1.5">
          {OPTIONS.map((option) => (
            <label
              key={option.value}
              className="border-line has-checked:border-accent has-checked:bg-accent has-checked:text-accent-ink has-focus-visible:outline-focus relative flex min-h-11 cursor-pointer items-center gap-2 rounded-full border px-3 text-sm has-focus-visible:outline-3 has-focus-visible:outline-offset-2"
            >
              <input
                type="radio"
                name="level"
                value={option.value}
                checked={level === option.value}
                onChange={() => choose(option.value)}
                className="absolute inset-0 cursor-pointer appearance-none rounded-full focus:outline-none"
                aria-describedby={`level-hint-${option.value}`}
              />
              <span>{option.label}</span>
              <span id={`level-hint-${option.value}`} className="sr-only">
                {option.hint}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {children}
    </div>
  );
}
