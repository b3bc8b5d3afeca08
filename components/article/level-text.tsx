import type { TLevels, TReadingLevel } from "@/app/lib/article/schema";

/**
 * A text at the reading level the page shows. Only that level is in the page: the explainer
 * re-renders on the server when the reader switches (see explainer-levels.tsx), so the page
 * carries half the text and half the RSC payload it would with both levels hidden by CSS.
 */
export function LevelText({ levels, level }: { levels: TLevels; level: TReadingLevel }) {
  return <>{levels[level]}</>;
}
