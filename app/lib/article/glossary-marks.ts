import { escapeRegExp } from "@/app/lib/words";

/** Matches any form of a term as a whole word, ignoring case. */
export function termPattern(forms: readonly string[]): RegExp {
  return new RegExp(`\\b(${forms.map(escapeRegExp).join("|")})\\b`, "i");
}

export type TTermRef = { id: string; forms: string[] };
export type TSegment = string | { termId: string; text: string };

/**
 * Splits a run of texts into plain strings and glossary terms, marking only the first occurrence
 * of each term across the whole run so a page is not littered with repeated buttons.
 */
export function markTerms(texts: readonly string[], terms: readonly TTermRef[]): TSegment[][] {
  const pending = new Map(terms.map((term) => [term.id, termPattern(term.forms)]));
  return texts.map((text) => {
    const segments: TSegment[] = [];
    let rest = text;
    for (;;) {
      let best: { termId: string; index: number; length: number } | undefined;
      for (const [termId, pattern] of pending) {
        const found = pattern.exec(rest);
        if (found && (!best || found.index < best.index)) {
          best = { termId, index: found.index, length: found[0].length };
        }
      }
      if (!best) break;
      if (best.index > 0) segments.push(rest.slice(0, best.index));
      segments.push({
        termId: best.termId,
        text: rest.slice(best.index, best.index + best.length),
      });
      rest = rest.slice(best.index + best.length);
      pending.delete(best.termId);
    }
    if (rest) segments.push(rest);
    return segments;
  });
}
