import { buttonClass } from "@/components/ui/button";
import type { TGlossary, TReadingLevel } from "@/app/lib/article/schema";
import { cardClass } from "@/components/ui/card";
import { LevelText } from "./level-text";

type TTerm = TGlossary["terms"][number];

const popoverId = (idPrefix: string, termId: string) => `${idPrefix}-term-${termId}`;

/**
 * A marked term in running text. It opens a native popover: Enter/Space opens it, Escape or a
 * click outside closes it, and the browser exposes the button–popover link to screen readers.
 */
export function GlossaryTermButton({
  termId,
  text,
  idPrefix,
}: {
  termId: string;
  text: string;
  idPrefix: string;
}) {
  return (
    <button
      type="button"
      popoverTarget={popoverId(idPrefix, termId)}
      className="decoration-accent cursor-help underline decoration-dotted decoration-2 underline-offset-4"
      aria-label={`${text} (glossary)`}
    >
      {text}
    </button>
  );
}

/**
 * The definitions those buttons open, rendered once after the text rather than inside it, so a
 * sentence's text (and a copy of it) is only the sentence.
 */
export function GlossaryDefinitions({
  terms,
  idPrefix,
  level,
}: {
  terms: readonly TTerm[];
  idPrefix: string;
  level: TReadingLevel;
}) {
  return terms.map((term) => {
    const id = popoverId(idPrefix, term.id);
    return (
      <div
        key={term.id}
        id={id}
        popover="auto"
        role="dialog"
        aria-label={`Glossary: ${term.term}`}
        className={cardClass("glossary-popover text-ink font-sans text-base shadow-lg")}
      >
        <p className="font-bold">{term.term}</p>
        <p className="mt-1">
          <LevelText levels={term.definition} level={level} />
        </p>
        <button
          type="button"
          popoverTarget={id}
          popoverTargetAction="hide"
          className={buttonClass({ variant: "link" }, "mt-3 min-h-0")}
        >
          Close
        </button>
      </div>
    );
  });
}
