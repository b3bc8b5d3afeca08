"use client";

import { useRouter } from "next/navigation";
import { startTransition, useLayoutEffect, useOptimistic, useRef, type ReactNode } from "react";
import type { TReadingLevel } from "@/app/lib/article/schema";
import { chooseReadingLevelAction } from "@/app/articles/actions";
import { LEVEL_NAMES } from "@/app/lib/reading/support";

const OPTIONS: { value: TReadingLevel; label: string; hint: string }[] = [
  { value: "standard", label: LEVEL_NAMES.standard, hint: "fuller detail" },
  { value: "simpler", label: LEVEL_NAMES.simpler, hint: "shorter sentences, everyday words" },
];

/**
 * The explainer's reading-level switch. The page holds one level; choosing the other asks the
 * server for it (a soft navigation to ?level=…, no scroll), then scrolls so the part the reader
 * was looking at stays where it was on screen.
 */
export function ExplainerLevels({
  level,
  note,
  rememberFor,
  children,
}: {
  level: TReadingLevel;
  /** Why the explainer opened at this level, when a teacher chose it. */
  note?: string | null;
  /** A student's switch is remembered for this article (their level next time, and their attempts'). */
  rememberFor?: string | null;
  children: ReactNode;
}) {
  const router = useRouter();
  // The radio follows the click at once; the text follows when the server's render arrives, and
  // the radio falls back to the level shown if that navigation never completes.
  const [chosen, setChosen] = useOptimistic(level);
  const rootRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLFieldSetElement>(null);
  // Which anchor (by its place among the page's anchors) was where on screen before the switch:
  // the elements themselves may be replaced by the new render.
  const anchor = useRef<{ index: number; top: number } | null>(null);

  function choose(next: TReadingLevel) {
    // Keep still the first heading or card showing below the sticky bar: that is where the reader is.
    const barBottom = barRef.current?.getBoundingClientRect().bottom ?? 0;
    const marks = [...(rootRef.current?.querySelectorAll("[data-anchor]") ?? [])];
    const index = marks.findIndex((mark) => mark.getBoundingClientRect().top >= barBottom);
    const element = marks[index];
    anchor.current = element ? { index, top: element.getBoundingClientRect().top } : null;
    const url = new URL(window.location.href);
    url.searchParams.set("level", next);
    if (rememberFor) {
      const choice = new FormData();
      choice.set("articleSlug", rememberFor);
      choice.set("level", next);
      void chooseReadingLevelAction(undefined, choice);
    }
    startTransition(() => {
      setChosen(next);
      router.replace(`${url.pathname}${url.search}${url.hash}`, { scroll: false });
    });
  }

  useLayoutEffect(() => {
    const kept = anchor.current;
    anchor.current = null;
    const element = kept && rootRef.current?.querySelectorAll("[data-anchor]")[kept.index];
    if (kept && element) window.scrollBy(0, element.getBoundingClientRect().top - kept.top);
  }, [level]);

  return (
    // The browser's own scroll anchoring would fight the layout effect's adjustment: turn it off.
    <div ref={rootRef} id="explainer-text" data-level-switch className="[overflow-anchor:none]">
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
                checked={chosen === option.value}
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
      {note && <p className="text-muted mt-3 text-sm">{note}</p>}
      {children}
    </div>
  );
}
