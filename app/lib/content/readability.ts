import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

// Reading grade of a body of text (Flesch–Kincaid grade level, 1975), for checking that a pack's
// simpler reading level is really simpler. Pure, so the authoring studio can show it live too.

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Sentences in a text: runs ending in . ! or ? (a text without one still counts as one). */
function countSentences(text: string): number {
  const ends = text.match(/[.!?]+(?=["”’)\]]*(?:\s|$))/g)?.length ?? 0;
  return Math.max(ends, text.trim() === "" ? 0 : 1);
}

export type TTextCounts = { sentence: number; word: number; syllable: number };

export function countText(texts: readonly string[]): TTextCounts {
  const counts: TTextCounts = { sentence: 0, word: 0, syllable: 0 };
  for (const text of texts) {
    const words = text.match(WORD) ?? [];
    counts.sentence += countSentences(text);
    counts.word += words.length;
    counts.syllable += words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  }
  return counts;
}

/** The US school grade a reader needs for these texts, to one decimal; null for no words. */
export function readingGrade(texts: readonly string[]): number | null {
  const counts = countText(texts);
  if (counts.word === 0) return null;
  return Math.round(fleschKincaid(counts) * 10) / 10;
}

/** How many grades easier the simpler level must read than the standard one. */
export const SIMPLER_BY_GRADES = 2;

/**
 * The rule a pack and the authoring studio share: the simpler level must read at least
 * SIMPLER_BY_GRADES grades easier. Returns what to tell the writer, or undefined when it does.
 */
export function simplerLevelProblem(
  standard: number | null,
  simpler: number | null,
): string | undefined {
  if (standard === null || simpler === null || standard - simpler >= SIMPLER_BY_GRADES)
    return undefined;
  return `the simpler level reads at grade ${simpler} and the standard level at grade ${standard}: make the simpler level at least ${SIMPLER_BY_GRADES} grades easier (shorter sentences, shorter words)`;
}

/** Every text written at both reading levels in a parsed file, by level. */
export function levelTexts(
  value: unknown,
  into = { standard: [] as string[], simpler: [] as string[] },
) {
  if (Array.isArray(value)) {
    for (const item of value) levelTexts(item, into);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("standard" in record && "simpler" in record) {
      into.standard.push(...[record.standard].flat().map(String));
      into.simpler.push(...[record.simpler].flat().map(String));
    } else {
      for (const child of Object.values(record)) levelTexts(child, into);
    }
  }
  return into;
}
