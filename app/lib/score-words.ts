import { percentOf, roundTo } from "@/app/lib/numbers";

// How a score is shown on every screen, the teacher's and the student's: one rounding rule, and
// nothing in progress, hidden or awaiting a teacher's grade is ever shown, charted or averaged as
// a score. Pure, so every screen and the CSV say the same.

/** The one rounding rule for a percentage on screen: whole percent, halves up. */
export function percentText(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value)
    ? "—"
    : `${Math.round(value) + 0}%`;
}

/** Points as shown beside a score: at most two decimals (partial credit), no trailing zeros. */
export const pointsText = (value: number): string => String(roundTo(value, 2));

/** What is known of one attempt's score. */
export type TResultFacts = {
  submitted: boolean;
  score: number | null;
  maxScore: number | null;
  /** Written answers await a teacher's grade: the score is not final. */
  pending: boolean;
  /** The assignment shows scores only later. */
  hidden?: boolean;
};

export type TResult =
  | { kind: "none" | "hidden" | "awaiting" }
  | { kind: "final"; percent: number | null; score: number; maxScore: number };

/** The words for a result that has no score to show (none: nothing handed in). */
export const RESULT_WORDS = {
  none: "—",
  hidden: "Not shown yet",
  awaiting: "Awaiting grading",
} as const;

export function resultOf(facts: TResultFacts): TResult {
  if (!facts.submitted) return { kind: "none" };
  if (facts.hidden) return { kind: "hidden" };
  if (facts.pending) return { kind: "awaiting" };
  const score = facts.score ?? 0;
  const maxScore = facts.maxScore ?? 0;
  return { kind: "final", percent: percentOf(score, maxScore), score, maxScore };
}

/** The percentage to chart or average: only a final score has one. */
export function finalPercent(facts: TResultFacts): number | null {
  const result = resultOf(facts);
  return result.kind === "final" ? result.percent : null;
}

/** "70%", or with points "7 / 10 (70%)"; the words of RESULT_WORDS when there is no score yet. */
export function resultText(facts: TResultFacts, { withPoints = false } = {}): string {
  const result = resultOf(facts);
  if (result.kind !== "final") return RESULT_WORDS[result.kind];
  const percent = percentText(result.percent);
  return withPoints
    ? `${pointsText(result.score)} / ${pointsText(result.maxScore)} (${percent})`
    : percent;
}

/**
 * A class figure with what it rests on: "43% (mean of 2 graded · 20 awaiting grading)". Work
 * awaiting grading is not in the figure; saying how much there is keeps a mean of two honest.
 */
export function figureText(
  figure: "mean" | "median",
  value: number | null,
  counts: { graded: number; awaiting: number },
): string {
  const awaiting = counts.awaiting > 0 ? ` · ${counts.awaiting} awaiting grading` : "";
  if (value === null || counts.graded === 0)
    return counts.awaiting > 0 ? `— (none graded yet${awaiting})` : "—";
  return `${percentText(value)} (${figure} of ${counts.graded} graded${awaiting})`;
}
