import type { TGlossary } from "@/app/lib/content/schema";
import { LevelText } from "./level-text";

type TTerm = TGlossary["terms"][number];

/**
 * A marked term that opens its definition. Native popover: it opens with Enter/Space, closes with
 * Escape or a click outside, and the browser exposes the button–popover relationship to screen readers.
 */
export function GlossaryTerm({
  term,
  text,
  idPrefix,
}: {
  term: TTerm;
  text: string;
  idPrefix: string;
}) {
  const id = `${idPrefix}-term-${term.id}`;
  return (
    <>
      <button
        type="button"
        popoverTarget={id}
        className="decoration-accent cursor-help underline decoration-dotted decoration-2 underline-offset-4"
        aria-label={`${text} (glossary)`}
      >
        {text}
      </button>
      <span
        id={id}
        popover="auto"
        role="dialog"
        aria-label={`Glossary: ${term.term}`}
        className="glossary-popover border-line bg-card text-ink rounded-lg border p-4 font-sans text-base shadow-lg"
      >
        <strong className="block">{term.term}</strong>
        <span className="mt-1 block">
          <LevelText levels={term.definition} />
        </span>
        <button
          type="button"
          popoverTarget={id}
          popoverTargetAction="hide"
          className="text-accent mt-3 block underline"
        >
          Close
        </button>
      </span>
    </>
  );
}
