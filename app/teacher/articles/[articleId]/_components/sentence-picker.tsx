"use client";

import type { TDraftParagraph } from "@/app/lib/authoring/draft";
import { cn } from "@/components/ui/cn";

/**
 * The whole article beside an editor, each sentence a toggle button: clicking (or Enter/Space on)
 * a sentence cites it or stops citing it. Buttons with aria-pressed, so screen readers say which
 * sentences are cited and the keyboard reaches every one. No inner scroll box: a Chromebook hides
 * its scrollbar, and a paragraph cut off at its edge looks like the end of the article.
 */
export function SentencePicker({
  id,
  label,
  paragraphs,
  picked,
  onToggle,
}: {
  id: string;
  label: string;
  paragraphs: TDraftParagraph[];
  picked: readonly string[];
  onToggle: (sentenceId: string) => void;
}) {
  return (
    <div
      id={id}
      role="group"
      aria-label={label}
      className="border-line space-y-3 rounded-md border p-3"
    >
      {paragraphs.map((paragraph) => (
        <p key={paragraph.id} className="leading-relaxed">
          {paragraph.sentences.map((sentence) => {
            const on = picked.includes(sentence.id);
            return (
              <button
                key={sentence.id}
                type="button"
                aria-pressed={on}
                onClick={() => onToggle(sentence.id)}
                className={cn(
                  "mr-1 mb-1 rounded px-1 text-left",
                  on ? "bg-accent text-accent-ink" : "hover:bg-line/40",
                )}
              >
                <span className="font-mono text-xs">{sentence.id}</span> {sentence.text}
              </button>
            );
          })}
        </p>
      ))}
    </div>
  );
}
