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
  return gradeOf(countText(texts));
}

function gradeOf(counts: TTextCounts): number | null {
  if (counts.word === 0) return null;
  return Math.round(fleschKincaid(counts) * 10) / 10;
}

/** How many grades easier the simpler level must read than the standard one. */
export const SIMPLER_BY_GRADES = 2;
/**
 * A simpler level at or below this grade is simple enough, whatever the standard level reads at:
 * Flesch–Kincaid says little below about grade 4 (decision 0017).
 */
export const SIMPLER_FLOOR_GRADE = 4;
/** Words each level needs before its grade is compared: a grade from a few dozen words is noise. */
export const MIN_WORDS_TO_COMPARE = 100;

export type TLevelComparison = {
  standard: number | null;
  simpler: number | null;
  verdict: "unwritten" | "too short" | "simple enough" | "easier" | "not easier";
};

/**
 * The rule a pack and the authoring studio share, on the texts of one file at each level: the
 * simpler level must read at least SIMPLER_BY_GRADES grades easier, once both levels have
 * MIN_WORDS_TO_COMPARE words, unless it reads at SIMPLER_FLOOR_GRADE or below.
 */
export function compareLevels(
  standardTexts: readonly string[],
  simplerTexts: readonly string[],
): TLevelComparison {
  const counts = { standard: countText(standardTexts), simpler: countText(simplerTexts) };
  const standard = gradeOf(counts.standard);
  const simpler = gradeOf(counts.simpler);
  const verdict =
    standard === null || simpler === null
      ? "unwritten"
      : Math.min(counts.standard.word, counts.simpler.word) < MIN_WORDS_TO_COMPARE
        ? "too short"
        : simpler <= SIMPLER_FLOOR_GRADE
          ? "simple enough"
          : standard - simpler >= SIMPLER_BY_GRADES
            ? "easier"
            : "not easier";
  return { standard, simpler, verdict };
}

/** What to tell the writer when the simpler level breaks the rule, or undefined. */
export function simplerLevelProblem(
  standardTexts: readonly string[],
  simplerTexts: readonly string[],
): string | undefined {
  const { standard, simpler, verdict } = compareLevels(standardTexts, simplerTexts);
  if (verdict !== "not easier") return undefined;
  return `the simpler level reads at grade ${simpler} and the standard level at grade ${standard}: make the simpler level at least ${SIMPLER_BY_GRADES} grades easier (shorter sentences, shorter words)`;
}

/** The live line an editor shows under a part written at two levels. */
export function levelsLine({ standard, simpler, verdict }: TLevelComparison): string {
  if (standard === null || simpler === null) return "Reading grade: — (write both levels).";
  const grades = `Reading grade: standard ${standard.toFixed(1)}, simpler ${simpler.toFixed(1)}`;
  const easier = standard - simpler;
  switch (verdict) {
    case "too short":
      return `${grades} — too short to compare yet (${MIN_WORDS_TO_COMPARE} words at each level).`;
    case "simple enough":
      return `${grades} — the simpler level is simple enough (grade ${SIMPLER_FLOOR_GRADE} or below).`;
    case "easier":
      return `${grades} — ${easier.toFixed(1)} grades easier.`;
    default:
      return `${grades} — make the simpler level at least ${SIMPLER_BY_GRADES} grades easier.`;
  }
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
